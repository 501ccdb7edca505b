using PnpSamtale.Core.Conversations;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>
/// The round site: groups, a step item per step, a conversation item and a form per conversation, and the design's
/// facts about each conversation (<see cref="DesiredRound"/>) from which the planner makes the measures folders, the
/// register and the item permissions.
/// </summary>
internal static class RoundSiteDesigner
{
    public static DesiredSite Design(RoundRequest request, Plan plan)
    {
        var blueprint = request.Blueprint.Round;
        var term = request.Term.ToString();
        var routine = request.Routine;
        var conversations = plan.Conversations;
        var owners = RoundDesigner.Holding(request.Roster, [routine.OwnerRole]);
        var custodians = RoundDesigner.Holding(request.Roster, routine.Custodians);
        var holders = conversations.Select(c => c.Conversation.Holder.Upn).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        var partners = conversations.Select(c => c.Conversation.Partner.Upn).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        var classification = FormAccessPolicy.Default(routine).Title;
        var lists = blueprint.Lists.Select(list => list.Role switch
        {
            ListRole.Steps => new DesiredList(list, Fields.StepNumber, [.. plan.Steps.Select(StepItem)], []),
            ListRole.Conversations => new DesiredList(list, Fields.ConversationKey, [.. conversations.Select(ConversationItem)], []),
            ListRole.Forms => new DesiredList(list, Fields.FileName, [], [.. conversations.Select(c => FormFile(c, plan, request, classification))]),
            ListRole.Measures => new DesiredList(list, Fields.MeasureKey, [], []),
            ListRole.Register => new DesiredList(list, Fields.ConversationKey, [], []),
            _ => new DesiredList(list, Fields.Title, [], []),
        }).ToArray();
        var round = new DesiredRound(
            term,
            routine,
            [.. conversations.Select(c => new DesiredConversation(
                c.Conversation.Key, c.Conversation.Holder.Upn, c.Conversation.Partner.Upn, c.Conversation.PartnerRole, TermEnd(c, plan, routine),
                RoundDesigner.FormFileName(c.Conversation.Key), RoundDesigner.FolderName(c.Conversation.Key))
            {
                Title = ConversationTitle(c.Conversation),
            })],
            StepEditors(plan, request.Roster),
            new AuditTarget(RoundDesigner.AdminSiteUrl(request.Blueprint, request.Tenant), request.Blueprint.Admin.List(ListRole.Log).Title))
        {
            HasMeasures = request.Forms.HasMeasures,
        };
        return new DesiredSite(
            RoundDesigner.RoundSiteUrl(request.Blueprint, request.Tenant, term),
            RoundDesigner.Fill(blueprint.Title, term, routine.Title),
            RoundDesigner.Fill(blueprint.Description, term, routine.Title),
            [.. RoundDesigner.Groups(blueprint, term, routine.Title, owners, custodians, holders, partners)],
            blueprint.WebPermissions,
            lists)
        {
            Lcid = request.Blueprint.Lcid,
            TimeZoneId = request.Blueprint.TimeZoneId,
            Round = round,
        };
    }

    /// <summary>Round steps (the responsible is a role of the roster) are marked by the people holding that role.</summary>
    private static Dictionary<string, IReadOnlyList<string>> StepEditors(Plan plan, Roster roster) =>
        plan.Steps
            .Where(s => s.Step.Responsibility is { Kind: ResponsibleKind.Role, Role: not null })
            .ToDictionary(s => s.Step.Id.ToString(), s => (IReadOnlyList<string>)RoundDesigner.Holding(roster, [s.Step.Responsibility.Role!]), StringComparer.Ordinal);

    private static DesiredItem StepItem(StepPlan step)
    {
        var owned = new List<FormValue>
        {
            FormValue.Text(Fields.Title, step.Step.Activity),
            StepsList.Step.Value(step.Step.Id.ToString()),
            StepsList.Phase.Value(step.Phase.Title),
            StepsList.Responsible.Value(step.Step.Responsible),
            StepsList.Explanation.Value(step.Explanation),
        };
        owned.AddRange(Window(step.Window, StepsList.Earliest, StepsList.Deadline));
        return new DesiredItem(step.Step.Id.ToString(), owned, [StepsList.Status.Value("Ikke startet")]);
    }

    private static DesiredItem ConversationItem(ConversationPlan planned)
    {
        var c = planned.Conversation;
        var owned = new List<FormValue>
        {
            FormValue.Text(Fields.Title, ConversationTitle(c)),
            ConversationsList.Key.Value(c.Key),
            ConversationsList.Step.Value(c.Step.ToString()),
            ConversationsList.Holder.Value(c.Holder.Upn),
            ConversationsList.Partner.Value(c.Partner.Upn),
            ConversationsList.PartnerRole.Value(c.PartnerRole ?? string.Empty),
            ConversationsList.Campus.Value(c.Campus ?? string.Empty),
        };
        owned.AddRange(Window(planned.Window, ConversationsList.Earliest, ConversationsList.Deadline));
        return new DesiredItem(c.Key, owned, []);
    }

    private static DesiredFile FormFile(ConversationPlan planned, Plan plan, RoundRequest request, string classification)
    {
        var c = planned.Conversation;
        var routine = request.Routine;
        var fileName = RoundDesigner.FormFileName(c.Key);
        var owned = new List<FormValue>
        {
            FormValue.Text(Fields.Title, $"Samtaleskjema {c.Term}"),
            FormsList.ConversationKey.Value(c.Key),
            FormsList.Holder.Value(c.Holder.Upn),
            FormsList.Partner.Value(c.Partner.Upn),
        };
        if (TermEnd(planned, plan, routine) is { } end)
        {
            owned.Add(FormsList.TermEnd.Value(end));
        }

        var item = new DesiredItem(fileName, owned,
        [
            FormsList.Status.Value(FormStages.Title(FormStages.Initial)),
            FormsList.Classification.Value(classification),
            FormsList.Confirmed.Value(false),
        ]);
        return new DesiredFile(fileName, item, () => FormDocument.Create(request.Forms, FormRequestFor(planned, plan, routine)));
    }

    private static FormRequest FormRequestFor(ConversationPlan planned, Plan plan, Routine routine)
    {
        var c = planned.Conversation;
        var english = c.Partner.Language == Language.English;
        var category = routine.Categories.FirstOrDefault(k => string.Equals(k.Id, c.Partner.Category, StringComparison.OrdinalIgnoreCase));
        var classification = FormAccessPolicy.Default(routine);
        var start = planned.Window.Earliest ?? plan.Start;
        var end = planned.Window.Latest ?? start;
        return new FormRequest
        {
            RoundTitle = c.Term.ToString(),
            RoutineTitle = english ? routine.TitleEn ?? routine.Title : routine.Title,
            Language = english ? FormLanguage.English : FormLanguage.Norwegian,
            HolderName = c.Holder.Name,
            PartnerName = c.Partner.Name,
            PartnerRole = PartnerRoleText(routine, c, category, english),
            Campus = c.Campus,
            CategoryId = category?.Id,
            FormId = category?.Form,
            CareerPlan = category?.CareerPlan ?? false,
            Window = new FormWindow(start, end < start ? start : end),
            ConversationKey = OpaqueKey.Of(c.Key),
            Classification = english ? classification.TitleEn : classification.Title,
            Notices = routine.Notices.ToDictionary(n => n.Id, n => english ? n.TextEn ?? n.Text : n.Text, StringComparer.Ordinal),
        };
    }

    private static string PartnerRoleText(Routine routine, Conversation c, ConversationCategory? category, bool english)
    {
        if (c.PartnerRole is { } role)
        {
            var definition = routine.FindRole(role);
            return definition is null ? role : $"{definition.Title} ({role})";
        }

        return category is null ? string.Empty : english ? category.TitleEn : category.Title;
    }

    private static string ConversationTitle(Conversation c) => $"{c.Step} {c.Holder.Name} – {c.Partner.Name}";

    /// <summary>
    /// The day the form may be shredded from: the end of the partner's elected term for routines kept until term end,
    /// the round's last deadline for routines kept per round; <c>null</c> when the roster does not say.
    /// </summary>
    private static DateOnly? TermEnd(ConversationPlan planned, Plan plan, Routine routine)
    {
        var c = planned.Conversation;
        return routine.Retention.Until == RetentionUntil.RoundEnd
            ? RoundDesigner.RoundEnd(plan)
            : c.Partner.Roles.Where(r => r.Role == c.PartnerRole && r.To is not null).Select(r => r.To).FirstOrDefault();
    }

    private static IEnumerable<FormValue> Window(DateWindow window, DateColumn earliestColumn, DateColumn deadlineColumn)
    {
        if (window.Earliest is { } earliest)
        {
            yield return earliestColumn.Value(earliest);
        }

        if (window.Latest is { } latest)
        {
            yield return deadlineColumn.Value(latest);
        }
    }
}
