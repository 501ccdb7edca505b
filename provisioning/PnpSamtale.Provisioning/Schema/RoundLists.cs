using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.Provisioning.Schema;

/// <summary><c>Aktiviteter</c>: one item per step of the routine.</summary>
public static class StepsList
{
    /// <summary>The step number; the key.</summary>
    public static readonly TextColumn Step = new(Fields.StepNumber, ColumnOwner.Design);

    /// <summary>The phase.</summary>
    public static readonly TextColumn Phase = new(Fields.Phase, ColumnOwner.Design);

    /// <summary>The responsible, as the routine says it.</summary>
    public static readonly TextColumn Responsible = new(Fields.Responsible, ColumnOwner.Design);

    /// <summary>The window's first day.</summary>
    public static readonly DateColumn Earliest = new(Fields.Earliest, ColumnOwner.Design);

    /// <summary>The deadline.</summary>
    public static readonly DateColumn Deadline = new(Fields.Deadline, ColumnOwner.Design);

    /// <summary>How the deadline was computed.</summary>
    public static readonly TextColumn Explanation = new(Fields.Explanation, ColumnOwner.Design, ColumnKind.Note);

    /// <summary>The step's status, marked by its responsible people.</summary>
    public static readonly TextColumn Status = new(Fields.StepStatus, ColumnOwner.Step, ColumnKind.Choice);

    /// <summary>The day it was done.</summary>
    public static readonly DateColumn Done = new(Fields.Done, ColumnOwner.Step);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Steps, [Step, Phase, Responsible, Earliest, Deadline, Explanation, Status, Done]);
}

/// <summary><c>Samtaler</c>: one item per conversation; its holder edits it, its partner reads it.</summary>
public static class ConversationsList
{
    /// <summary>The conversation key (<c>{term}/{step}/{partner}</c>); the key.</summary>
    public static readonly TextColumn Key = new(Fields.ConversationKey, ColumnOwner.Design);

    /// <summary>The step.</summary>
    public static readonly TextColumn Step = new(Fields.StepNumber, ColumnOwner.Design);

    /// <summary>The holder (shown; the design decides).</summary>
    public static readonly PersonColumn Holder = new(Fields.Holder, ColumnOwner.Design);

    /// <summary>The partner (shown; the design decides).</summary>
    public static readonly PersonColumn Partner = new(Fields.Partner, ColumnOwner.Design);

    /// <summary>The partner's role in the step.</summary>
    public static readonly TextColumn PartnerRole = new(Fields.PartnerRole, ColumnOwner.Design);

    /// <summary>The campus.</summary>
    public static readonly TextColumn Campus = new(Fields.Campus, ColumnOwner.Design);

    /// <summary>The window's first day.</summary>
    public static readonly DateColumn Earliest = new(Fields.Earliest, ColumnOwner.Design);

    /// <summary>The deadline.</summary>
    public static readonly DateColumn Deadline = new(Fields.Deadline, ColumnOwner.Design);

    /// <summary>The agreed time (the holder's).</summary>
    public static readonly DateTimeColumn Scheduled = new(Fields.Scheduled, ColumnOwner.Holder);

    /// <summary>The day it was held (the holder's).</summary>
    public static readonly DateColumn Held = new(Fields.Held, ColumnOwner.Holder);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Conversations, [Key, Step, Holder, Partner, PartnerRole, Campus, Earliest, Deadline, Scheduled, Held]);
}

/// <summary><c>Tiltak</c>: measures, in one folder per conversation.</summary>
public static class MeasuresList
{
    /// <summary>The conversation key (from the folder).</summary>
    public static readonly TextColumn ConversationKey = new(Fields.ConversationKey, ColumnOwner.Design);

    /// <summary>The measure's key (<c>{conversation}/tiltak-{id}</c>), stamped by the product.</summary>
    public static readonly TextColumn Key = new(Fields.MeasureKey, ColumnOwner.Design);

    /// <summary>What was agreed (the holder's).</summary>
    public static readonly TextColumn Description = new(Fields.Description, ColumnOwner.Holder, ColumnKind.Note);

    /// <summary>The holder (shown).</summary>
    public static readonly PersonColumn Holder = new(Fields.Holder, ColumnOwner.Design);

    /// <summary>The partner (shown).</summary>
    public static readonly PersonColumn Partner = new(Fields.Partner, ColumnOwner.Design);

    /// <summary>The deadline (the holder's).</summary>
    public static readonly DateColumn Deadline = new(Fields.MeasureDeadline, ColumnOwner.Holder);

    /// <summary>The status (the holder's).</summary>
    public static readonly TextColumn Status = new(Fields.MeasureStatus, ColumnOwner.Holder, ColumnKind.Choice);

    /// <summary>When it may be shredded (shown; the design decides).</summary>
    public static readonly DateColumn TermEnd = new(Fields.TermEnd, ColumnOwner.Design);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Measures, [ConversationKey, Key, Description, Holder, Partner, Deadline, Status, TermEnd]);
}

/// <summary><c>Samtaleskjema</c>: one form per conversation.</summary>
public static class FormsList
{
    /// <summary>The conversation key.</summary>
    public static readonly TextColumn ConversationKey = new(Fields.ConversationKey, ColumnOwner.Design);

    /// <summary>The holder (shown).</summary>
    public static readonly PersonColumn Holder = new(Fields.Holder, ColumnOwner.Design);

    /// <summary>The partner (shown).</summary>
    public static readonly PersonColumn Partner = new(Fields.Partner, ColumnOwner.Design);

    /// <summary>The form's status: each value belongs to the role the routine gives its step.</summary>
    public static readonly TextColumn Status = new(Fields.FormStatus, ColumnOwner.Routine, ColumnKind.Choice);

    /// <summary>The classification (the partner's).</summary>
    public static readonly TextColumn Classification = new(Fields.Classification, ColumnOwner.Partner, ColumnKind.Choice);

    /// <summary>The day it was sent to the partner (the product's, from the register).</summary>
    public static readonly DateColumn SentOn = new(Fields.SentOn, ColumnOwner.Product);

    /// <summary>Whether the partner confirmed it (the routine's step 2.5).</summary>
    public static readonly BooleanColumn Confirmed = new(Fields.Confirmed, ColumnOwner.Routine);

    /// <summary>The day of the confirmation (the product's, from the register).</summary>
    public static readonly DateColumn ConfirmedOn = new(Fields.ConfirmedOn, ColumnOwner.Product);

    /// <summary>When it may be shredded (shown; the design decides).</summary>
    public static readonly DateColumn TermEnd = new(Fields.TermEnd, ColumnOwner.Design);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Forms, [ConversationKey, Holder, Partner, Status, Classification, SentOn, Confirmed, ConfirmedOn, TermEnd]);
}

/// <summary>
/// <c>Samtaleregister</c> (owners only): per conversation, its items by id, the pair and term end last derived, and the
/// status, classification and confirmation the routine accepted, with their days. What the jobs trust.
/// </summary>
public static class RegisterList
{
    /// <summary>The conversation key; the key.</summary>
    public static readonly TextColumn Key = new(Fields.ConversationKey, ColumnOwner.Product);

    /// <summary>The holder last derived.</summary>
    public static readonly PersonColumn Holder = new(Fields.Holder, ColumnOwner.Product);

    /// <summary>The partner.</summary>
    public static readonly PersonColumn Partner = new(Fields.Partner, ColumnOwner.Product);

    /// <summary>The partner's role in the step.</summary>
    public static readonly TextColumn PartnerRole = new(Fields.PartnerRole, ColumnOwner.Product);

    /// <summary>Whether the current design still has the conversation (false: its partner left the roster).</summary>
    public static readonly BooleanColumn InRound = new(Fields.InRound, ColumnOwner.Product);

    /// <summary>The conversation item's id.</summary>
    public static readonly NumberColumn ConversationItem = new(Fields.ConversationItem, ColumnOwner.Product);

    /// <summary>The form's item id.</summary>
    public static readonly NumberColumn FormItem = new(Fields.FormItem, ColumnOwner.Product);

    /// <summary>The measures folder's item id.</summary>
    public static readonly NumberColumn MeasuresFolder = new(Fields.MeasuresFolder, ColumnOwner.Product);

    /// <summary>The accepted form status.</summary>
    public static readonly TextColumn Status = new(Fields.FormStatus, ColumnOwner.Product, ColumnKind.Choice);

    /// <summary>The accepted classification.</summary>
    public static readonly TextColumn Classification = new(Fields.Classification, ColumnOwner.Product, ColumnKind.Choice);

    /// <summary>The accepted confirmation.</summary>
    public static readonly BooleanColumn Confirmed = new(Fields.Confirmed, ColumnOwner.Product);

    /// <summary>The day the form was sent, as accepted.</summary>
    public static readonly DateColumn SentOn = new(Fields.SentOn, ColumnOwner.Product);

    /// <summary>The day it was confirmed, as accepted.</summary>
    public static readonly DateColumn ConfirmedOn = new(Fields.ConfirmedOn, ColumnOwner.Product);

    /// <summary>The partner's term end last derived (for a partner no longer in <c>Verv</c>).</summary>
    public static readonly DateColumn TermEnd = new(Fields.TermEnd, ColumnOwner.Product);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Register, [Key, Holder, Partner, PartnerRole, InRound, ConversationItem, FormItem, MeasuresFolder, Status, Classification, Confirmed, SentOn, ConfirmedOn, TermEnd]);
}

/// <summary><c>Tilbakehold</c> (owners only): legal holds; who and when are the item's author and creation time.</summary>
public static class HoldsList
{
    /// <summary>The conversation held.</summary>
    public static readonly TextColumn ConversationKey = new(Fields.ConversationKey, ColumnOwner.Owners);

    /// <summary>Why (a category, never free text in receipts).</summary>
    public static readonly TextColumn Reason = new(Fields.LegalHoldReason, ColumnOwner.Owners, ColumnKind.Choice);

    /// <summary>A note for the OU.</summary>
    public static readonly TextColumn Note = new(Fields.Note, ColumnOwner.Owners, ColumnKind.Note);

    /// <summary>The day the hold was released; empty while it holds.</summary>
    public static readonly DateColumn Released = new(Fields.Released, ColumnOwner.Owners);

    /// <summary>The schema.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Holds, [ConversationKey, Reason, Note, Released]);
}

/// <summary><c>Referater</c>: the evaluation minutes (owners only).</summary>
public static class MinutesList
{
    /// <summary>The schema: nothing the product relies on.</summary>
    public static ListSchema Schema { get; } = new(ListRole.Minutes, []);
}

/// <summary>The schema of every list, by role.</summary>
public static class ListSchemas
{
    private static readonly Dictionary<ListRole, ListSchema> ByRole = new[]
    {
        RoundsList.Schema, RosterList.Schema, LogList.Schema, NoticesList.Schema, StepsList.Schema, ConversationsList.Schema,
        MeasuresList.Schema, FormsList.Schema, RegisterList.Schema, HoldsList.Schema, MinutesList.Schema,
    }.ToDictionary(s => s.Role);

    /// <summary>The schema of a list.</summary>
    public static ListSchema For(ListRole role) => ByRole[role];
}
