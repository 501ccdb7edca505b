using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Reminders;
using PnpSamtale.Core.Routines;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Jobs.Reading;

/// <summary>A round site's steps, conversations, forms and measures as the jobs read them (one <c>$batch</c>).</summary>
public sealed class RoundContent
{
    private RoundContent(RoundEntry round, JobScope scope, SiteContent content)
    {
        Round = round;
        Content = content;
        StepsList = scope.RoundList(ListRole.Steps);
        ConversationsList = scope.RoundList(ListRole.Conversations);
        FormsList = scope.RoundList(ListRole.Forms);
        MeasuresList = scope.RoundList(ListRole.Measures);
    }

    /// <summary>The round.</summary>
    public RoundEntry Round { get; }

    /// <summary>What was read.</summary>
    public SiteContent Content { get; }

    /// <summary>The steps list's title.</summary>
    public string StepsList { get; }

    /// <summary>The conversations list's title.</summary>
    public string ConversationsList { get; }

    /// <summary>The forms library's title.</summary>
    public string FormsList { get; }

    /// <summary>The measures list's title.</summary>
    public string MeasuresList { get; }

    /// <summary>The conversations.</summary>
    public IReadOnlyList<ListItem> Conversations => Content.Items(ConversationsList);

    /// <summary>The forms.</summary>
    public IReadOnlyList<ListItem> Forms => Content.Items(FormsList);

    /// <summary>The measures.</summary>
    public IReadOnlyList<ListItem> Measures => Content.Items(MeasuresList);

    /// <summary>Wraps what was read (tests build it from fabricated items).</summary>
    internal static RoundContent From(JobScope scope, RoundEntry round, SiteContent content) => new(round, scope, content);

    /// <summary>Reads a round site.</summary>
    public static async Task<RoundContent> ReadAsync(SiteContentReader reader, JobScope scope, RoundEntry round, CancellationToken cancellationToken, IReadOnlyList<WireRequest>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(round);
        var content = await reader.ReadAsync(round.Site,
        [
            new ListRead(scope.RoundList(ListRole.Steps), [Fields.StepNumber, Fields.Deadline, Fields.StepStatus, Fields.Done]),
            new ListRead(scope.RoundList(ListRole.Conversations),
                [Fields.Title, Fields.ConversationKey, Fields.StepNumber, Fields.Holder + "Id", Fields.Partner + "Id", Fields.PartnerRole, Fields.Deadline, Fields.Scheduled, Fields.Held]),
            new ListRead(scope.RoundList(ListRole.Forms),
                [Fields.FileName, Fields.ConversationKey, Fields.Holder + "Id", Fields.Partner + "Id", Fields.Modified, Fields.FormStatus, Fields.SentOn, Fields.Confirmed, Fields.ConfirmedOn, Fields.Classification, Fields.TermEnd, Fields.LegalHold, Fields.LegalHoldReason]),
            new ListRead(scope.RoundList(ListRole.Measures),
                [Fields.Title, Fields.MeasureKey, Fields.ConversationKey, Fields.Holder + "Id", Fields.Partner + "Id", Fields.MeasureDeadline, Fields.MeasureStatus, Fields.TermEnd, Fields.LegalHold, Fields.LegalHoldReason]),
        ], cancellationToken, extra).ConfigureAwait(false);
        return new RoundContent(round, scope, content);
    }

    /// <summary>
    /// The facts the reminder planner works on. A form sent or confirmed without its date gets the day it was last
    /// modified (the change of status is what modified it; never later than <paramref name="today"/>); those dates
    /// are returned as stamps for the job to write, so later edits do not move them.
    /// </summary>
    public (RoundFacts Facts, IReadOnlyList<ItemUpdate> Stamps) Facts(Routine routine, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(routine);
        var steps = Content.Items(StepsList)
            .Where(i => StepId.TryParse(i.GetString(Fields.StepNumber), out _))
            .Select(i => new StepFacts(
                StepId.Parse(i.GetString(Fields.StepNumber)!),
                Content.Day(i, Fields.Deadline),
                i.GetString(Fields.StepStatus) is "Utført" or "Utgår" || i.GetDateTime(Fields.Done) is not null,
                Content.ItemLink(StepsList, i.Id)))
            .ToList();
        var forms = Forms.Where(f => f.GetString(Fields.ConversationKey) is not null)
            .GroupBy(f => f.GetString(Fields.ConversationKey)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stamps = new List<ItemUpdate>();
        var conversations = new List<ConversationFacts>();
        foreach (var c in Conversations)
        {
            var key = c.GetString(Fields.ConversationKey);
            if (key is null || Content.Person(c, Fields.Holder) is not { } holder || Content.Person(c, Fields.Partner) is not { } partner)
            {
                continue;
            }

            var form = forms.GetValueOrDefault(key);
            var stage = FormStages.Parse(form?.GetString(Fields.FormStatus));
            var confirmed = form?.GetBoolean(Fields.Confirmed) == true || stage >= FormStage.Confirmed;
            var sentOn = form is null ? null : Content.Day(form, Fields.SentOn);
            var confirmedOn = form is null ? null : Content.Day(form, Fields.ConfirmedOn);
            if (form is not null)
            {
                var changed = Content.Day(form, Fields.Modified) is { } modified && modified < today ? modified : today;
                var values = new List<FormValue>();
                if ((stage >= FormStage.SentToPartner || confirmed) && sentOn is null)
                {
                    sentOn = changed;
                    values.Add(FormValue.Date(Fields.SentOn, changed));
                }

                if (confirmed && confirmedOn is null)
                {
                    confirmedOn = changed;
                    values.Add(FormValue.Date(Fields.ConfirmedOn, changed));
                }

                if (values.Count > 0)
                {
                    stamps.Add(new ItemUpdate(form.Id, values));
                }
            }

            conversations.Add(new ConversationFacts(
                key,
                c.GetString(Fields.Title) ?? key,
                holder,
                partner,
                Content.Day(c, Fields.Deadline),
                c.GetDateTime(Fields.Scheduled) is not null,
                Content.Day(c, Fields.Held),
                stage,
                sentOn,
                confirmed,
                confirmedOn,
                Content.ItemLink(ConversationsList, c.Id),
                form is null ? null : Content.ItemLink(FormsList, form.Id)));
        }

        var measures = Measures
            .Where(m => m.GetString(Fields.MeasureKey) is not null && m.GetString(Fields.ConversationKey) is not null)
            .Select(m => new MeasureFacts(
                m.GetString(Fields.MeasureKey)!,
                m.GetString(Fields.ConversationKey)!,
                Content.Day(m, Fields.MeasureDeadline),
                m.GetString(Fields.MeasureStatus) is "Fulgt opp" or "Utgår",
                Content.ItemLink(MeasuresList, m.Id)))
            .ToList();
        return (new RoundFacts(Round.Term, routine, steps, conversations, measures), stamps);
    }
}
