using System.Globalization;
using PnpSamtale.Core.Conversations;
using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Policies;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Routines;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Forms;
using PnpSamtale.SharePoint.Items;
using RosterRole = PnpSamtale.Core.Rosters.RoleAssignment;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>
/// Computes the desired state of a round from blueprint, routine, roster and term: the round site with its groups,
/// lists, one item per step and per conversation, one form per conversation and, when the routine agrees measures, one
/// measures placeholder per conversation; and the admin site's rounds registry entry and roster. Pure: no I/O.
/// </summary>
public static class RoundDesigner
{
    /// <summary>Designs the round, or says what in the input prevents it.</summary>
    public static RoundDesignResult Design(RoundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = CheckRoster(request.Routine, request.Roster).ToList();
        if (!string.Equals(request.Forms.RoutineId, request.Routine.Id, StringComparison.Ordinal))
        {
            problems.Add($"skjemamalen gjelder rutinen '{request.Forms.RoutineId}', ikke '{request.Routine.Id}'");
        }

        var planned = Planner.Create(new PlanRequest(request.Routine, request.Term) { SetDates = request.SetDates, Roster = request.Roster });
        problems.AddRange(planned.Errors);
        if (problems.Count > 0 || planned.Plan is not { } plan)
        {
            return new RoundDesignResult(null, problems);
        }

        return new RoundDesignResult(new RoundDesign(plan, Admin(request, plan), Round(request, plan)), []);
    }

    /// <summary>The site URL of a round: the blueprint's round site name with the term filled in.</summary>
    public static Uri RoundSiteUrl(Blueprint blueprint, Uri tenant, string term)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentNullException.ThrowIfNull(tenant);
        return SiteUrl(tenant, Fill(blueprint.Round.Name, term, string.Empty));
    }

    /// <summary>The admin site's URL.</summary>
    public static Uri AdminSiteUrl(Blueprint blueprint, Uri tenant)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        return SiteUrl(tenant, blueprint.Admin.Name);
    }

    /// <summary>
    /// What <c>Reconcile</c> converges on a round site: the groups (by title) and the lists whose items carry their
    /// conversation's permissions, with no items to create.
    /// </summary>
    public static DesiredSite ReconcileSite(Blueprint blueprint, Routine routine, Uri tenant, string term)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentNullException.ThrowIfNull(routine);
        var site = blueprint.Round;
        var access = new ConversationAccess(routine);
        return new DesiredSite(
            RoundSiteUrl(blueprint, tenant, term),
            Fill(site.Title, term, routine.Title),
            Fill(site.Description, term, routine.Title),
            [.. Groups(site, term, routine.Title, [], [], [], [])],
            site.WebPermissions,
            [.. site.Lists.Where(l => l.ConversationItemPermissions).Select(l => new DesiredList(l, l.Role == ListRole.Forms ? Fields.FileName : Fields.MeasureKey, [], []) { ItemAccess = access })])
        {
            Lcid = blueprint.Lcid,
            TimeZoneId = blueprint.TimeZoneId,
        };
    }

    /// <summary>The opaque file name of a conversation's form: no names, stable for the conversation key.</summary>
    public static string FormFileName(string conversationKey) => $"skjema-{OpaqueKey.Of(conversationKey)}.docx";

    /// <summary>
    /// The title of a conversation's measures item: opaque like the form's file name, so that an entry in a recycle
    /// bin (which shows only titles) can still be matched to its conversation without showing who it concerns.
    /// </summary>
    public static string MeasureTitle(string conversationKey) => $"Tiltak {OpaqueKey.Of(MeasureKey(conversationKey))}";

    /// <summary>The key of a conversation's measures placeholder.</summary>
    public static string MeasureKey(string conversationKey) => conversationKey + "/tiltak-1";

    private static IEnumerable<string> CheckRoster(Routine routine, Roster roster)
    {
        var known = RoutineRoles.All(routine).Select(r => r.Role).Concat(routine.Roles.Select(r => r.Abbreviation)).ToHashSet(StringComparer.Ordinal);
        foreach (var person in roster.People)
        {
            foreach (var role in person.Roles.Where(r => !known.Contains(r.Role)))
            {
                yield return $"{person.Name} ({person.Upn}) har rollen '{role.Role}', som rutinen '{routine.Id}' verken definerer eller bruker; rett rollen i rosteret eller legg den til i rutinen";
            }
        }
    }

    private static DesiredSite Admin(RoundRequest request, Plan plan)
    {
        var blueprint = request.Blueprint.Admin;
        var term = request.Term.ToString();
        var owners = Holding(request.Roster, [request.Routine.OwnerRole]);
        var roundUrl = RoundSiteUrl(request.Blueprint, request.Tenant, term);
        var lists = blueprint.Lists.Select(list => list.Role switch
        {
            ListRole.Rounds => new DesiredList(list, Fields.Round, [new DesiredItem(term,
                [
                    FormValue.Text(Fields.Title, $"{request.Routine.Title} {term}"),
                    FormValue.Text(Fields.Round, term),
                    FormValue.Text(Fields.Routine, request.Routine.Id),
                    FormValue.Text(Fields.SiteUrl, roundUrl.AbsoluteUri),
                    FormValue.Date(Fields.RoundStart, plan.Start),
                    FormValue.Date(Fields.RoundEnd, RoundEnd(plan)),
                    FormValue.Number(Fields.ConversationCount, plan.Conversations.Count),
                ],
                [FormValue.Text(Fields.RoundState, "Aktiv")])], []),
            ListRole.Roster => new DesiredList(list, Fields.RosterKey, [.. RosterItems(request.Roster)], []),
            _ => new DesiredList(list, Fields.Title, [], []),
        }).ToArray();
        return new DesiredSite(
            AdminSiteUrl(request.Blueprint, request.Tenant),
            blueprint.Title,
            blueprint.Description,
            [.. Groups(blueprint, term, request.Routine.Title, owners, [], [], [])],
            blueprint.WebPermissions,
            lists)
        {
            Lcid = request.Blueprint.Lcid,
            TimeZoneId = request.Blueprint.TimeZoneId,
        };
    }

    private static IEnumerable<DesiredItem> RosterItems(Roster roster)
    {
        foreach (var person in roster.People)
        {
            foreach (var role in person.Roles)
            {
                var owned = new List<FormValue>
                {
                    FormValue.Text(Fields.Title, person.Name),
                    FormValue.Text(Fields.RosterKey, RosterKey(person, role)),
                    FormValue.Person(Fields.RosterPerson, person.Upn),
                    FormValue.Text(Fields.Role, role.Role),
                    FormValue.Text(Fields.Campus, role.Campus ?? string.Empty),
                    FormValue.Text(Fields.Representing, role.Representing ?? string.Empty),
                    FormValue.Text(Fields.Language, person.Language == Language.English ? "en" : "nb"),
                };
                if (role.From is { } from)
                {
                    owned.Add(FormValue.Date(Fields.TermStart, from));
                }

                if (role.To is { } to)
                {
                    owned.Add(FormValue.Date(Fields.TermEnd, to));
                }

                yield return new DesiredItem(RosterKey(person, role), owned, []);
            }
        }
    }

    private static string RosterKey(Person person, RosterRole role) =>
        $"{person.Upn}/{role.Role}" + (role.Campus is { Length: > 0 } campus ? "/" + campus : string.Empty);

    private static DesiredSite Round(RoundRequest request, Plan plan)
    {
        var blueprint = request.Blueprint.Round;
        var term = request.Term.ToString();
        var routine = request.Routine;
        var conversations = plan.Conversations;
        var owners = Holding(request.Roster, [routine.OwnerRole]);
        var custodians = Holding(request.Roster, routine.Custodians);
        var holders = conversations.Select(c => c.Conversation.Holder.Upn).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        var partners = conversations.Select(c => c.Conversation.Partner.Upn).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        var access = new ConversationAccess(routine);
        var classification = FormAccessPolicy.Default(routine).Title;
        var lists = new List<DesiredList>();
        foreach (var list in blueprint.Lists)
        {
            lists.Add(list.Role switch
            {
                ListRole.Steps => new DesiredList(list, Fields.StepNumber, [.. plan.Steps.Select(StepItem)], []),
                ListRole.Conversations => new DesiredList(list, Fields.ConversationKey, [.. conversations.Select(c => ConversationItem(c, plan))], []),
                ListRole.Measures => new DesiredList(list, Fields.MeasureKey, request.Forms.HasMeasures ? [.. conversations.Select(c => MeasureItem(c, plan, routine, classification))] : [], []) { ItemAccess = access },
                ListRole.Forms => new DesiredList(list, Fields.FileName, [], [.. conversations.Select(c => FormFile(c, plan, request, classification))]) { ItemAccess = access },
                _ => new DesiredList(list, Fields.Title, [], []),
            });
        }

        return new DesiredSite(
            RoundSiteUrl(request.Blueprint, request.Tenant, term),
            Fill(blueprint.Title, term, routine.Title),
            Fill(blueprint.Description, term, routine.Title),
            [.. Groups(blueprint, term, routine.Title, owners, custodians, holders, partners)],
            blueprint.WebPermissions,
            lists)
        {
            Lcid = request.Blueprint.Lcid,
            TimeZoneId = request.Blueprint.TimeZoneId,
        };
    }

    private static DesiredItem StepItem(StepPlan step)
    {
        var owned = new List<FormValue>
        {
            FormValue.Text(Fields.Title, step.Step.Activity),
            FormValue.Text(Fields.StepNumber, step.Step.Id.ToString()),
            FormValue.Text(Fields.Phase, step.Phase.Title),
            FormValue.Text(Fields.Responsible, step.Step.Responsible),
            FormValue.Text(Fields.Explanation, step.Explanation),
        };
        owned.AddRange(Window(step.Window));
        return new DesiredItem(step.Step.Id.ToString(), owned, [FormValue.Text(Fields.StepStatus, "Ikke startet")]);
    }

    private static DesiredItem ConversationItem(ConversationPlan planned, Plan plan)
    {
        var c = planned.Conversation;
        var owned = new List<FormValue>
        {
            FormValue.Text(Fields.Title, $"{c.Step} {c.Holder.Name} – {c.Partner.Name}"),
            FormValue.Text(Fields.ConversationKey, c.Key),
            FormValue.Text(Fields.StepNumber, c.Step.ToString()),
            FormValue.Person(Fields.Holder, c.Holder.Upn),
            FormValue.Person(Fields.Partner, c.Partner.Upn),
            FormValue.Text(Fields.PartnerRole, c.PartnerRole ?? string.Empty),
            FormValue.Text(Fields.Campus, c.Campus ?? string.Empty),
        };
        owned.AddRange(Window(planned.Window));
        return new DesiredItem(c.Key, owned, []);
    }

    private static DesiredItem MeasureItem(ConversationPlan planned, Plan plan, Routine routine, string classification)
    {
        var c = planned.Conversation;
        var owned = new List<FormValue>
        {
            FormValue.Text(Fields.Title, MeasureTitle(c.Key)),
            FormValue.Text(Fields.ConversationKey, c.Key),
            FormValue.Text(Fields.MeasureKey, MeasureKey(c.Key)),
        };
        owned.AddRange(TermEnd(planned, plan, routine));
        return new DesiredItem(MeasureKey(c.Key), owned,
        [
            FormValue.Person(Fields.Holder, c.Holder.Upn),
            FormValue.Person(Fields.Partner, c.Partner.Upn),
            FormValue.Text(Fields.MeasureStatus, "Åpen"),
            FormValue.Boolean(Fields.LegalHold, false),
        ]);
    }

    private static DesiredFile FormFile(ConversationPlan planned, Plan plan, RoundRequest request, string classification)
    {
        var c = planned.Conversation;
        var routine = request.Routine;
        var fileName = FormFileName(c.Key);
        var owned = new List<FormValue>
        {
            FormValue.Text(Fields.Title, $"Samtaleskjema {c.Term}"),
            FormValue.Text(Fields.ConversationKey, c.Key),
        };
        owned.AddRange(TermEnd(planned, plan, routine));
        var item = new DesiredItem(fileName, owned,
        [
            FormValue.Person(Fields.Holder, c.Holder.Upn),
            FormValue.Person(Fields.Partner, c.Partner.Upn),
            FormValue.Text(Fields.FormStatus, FormStages.Title(FormStages.Initial)),
            FormValue.Text(Fields.Classification, classification),
            FormValue.Boolean(Fields.Confirmed, false),
            FormValue.Boolean(Fields.LegalHold, false),
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

    /// <summary>
    /// The day the form may be shredded from: the end of the partner's elected term for routines kept until term end,
    /// the round's last deadline for routines kept per round; empty when the roster does not say.
    /// </summary>
    private static IEnumerable<FormValue> TermEnd(ConversationPlan planned, Plan plan, Routine routine)
    {
        var c = planned.Conversation;
        DateOnly? end = routine.Retention.Until == RetentionUntil.RoundEnd
            ? RoundEnd(plan)
            : c.Partner.Roles.Where(r => r.Role == c.PartnerRole && r.To is not null).Select(r => r.To).FirstOrDefault();
        return end is { } date ? [FormValue.Date(Fields.TermEnd, date)] : [];
    }

    private static DateOnly RoundEnd(Plan plan) =>
        plan.Steps.Select(s => s.Window.Latest).Concat(plan.Conversations.Select(c => c.Window.Latest)).OfType<DateOnly>()
            .Where(d => d >= plan.Start).DefaultIfEmpty(plan.Start).Max();

    private static IEnumerable<FormValue> Window(DateWindow window)
    {
        if (window.Earliest is { } earliest)
        {
            yield return FormValue.Date(Fields.Earliest, earliest);
        }

        if (window.Latest is { } latest)
        {
            yield return FormValue.Date(Fields.Deadline, latest);
        }
    }

    private static IEnumerable<DesiredGroup> Groups(
        SiteBlueprint blueprint, string term, string routineTitle, string[] owners, string[] custodians, string[] holders, string[] partners)
    {
        foreach (var group in blueprint.Groups)
        {
            var members = group.Key switch
            {
                RoleGroup.Owners => owners,
                RoleGroup.Custodians => custodians,
                RoleGroup.Holders => holders,
                _ => partners,
            };
            yield return new DesiredGroup(group.Key, Fill(group.Title, term, routineTitle), Fill(group.Description, term, routineTitle), members);
        }
    }

    private static string[] Holding(Roster roster, IReadOnlyList<string> roles) =>
        [.. roster.People.Where(p => p.Roles.Any(r => roles.Contains(r.Role, StringComparer.Ordinal))).Select(p => p.Upn).Order(StringComparer.Ordinal)];

    private static string Fill(string text, string term, string routineTitle) =>
        text.Replace("{roundLower}", term.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{round}", term, StringComparison.Ordinal)
            .Replace("{routineTitle}", routineTitle, StringComparison.Ordinal);

    private static Uri SiteUrl(Uri tenant, string name) =>
        new(new Uri(tenant.GetLeftPart(UriPartial.Authority) + "/"), "sites/" + name);
}
