using PnpSamtale.Core.Planning;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;
using RosterRole = PnpSamtale.Core.Rosters.RoleAssignment;

namespace PnpSamtale.Provisioning.Desired;

/// <summary>The admin site's share of a round: its entry in <c>Runder</c> and, when the roster came from a file, <c>Verv</c>.</summary>
internal static class AdminSiteDesigner
{
    public static DesiredSite Design(RoundRequest request, Plan plan)
    {
        var blueprint = request.Blueprint.Admin;
        var term = request.Term.ToString();
        var owners = RoundDesigner.Holding(request.Roster, [request.Routine.OwnerRole]);
        var roundUrl = RoundDesigner.RoundSiteUrl(request.Blueprint, request.Tenant, term);
        var lists = blueprint.Lists.Select(list => list.Role switch
        {
            ListRole.Rounds => new DesiredList(list, Fields.Round, [new DesiredItem(term,
                [
                    FormValue.Text(Fields.Title, $"{request.Routine.Title} {term}"),
                    RoundsList.Round.Value(term),
                    RoundsList.Routine.Value(request.Routine.Id),
                    RoundsList.SiteUrl.Value(roundUrl.AbsoluteUri),
                    RoundsList.Start.Value(plan.Start),
                    RoundsList.End.Value(RoundDesigner.RoundEnd(plan)),
                    RoundsList.ConversationCount.Value(plan.Conversations.Count),
                    RoundsList.SetDates.Value(RoundDesigner.FormatSetDates(request.SetDates)),
                ],
                [RoundsList.State.Value("Aktiv")])], []),
            ListRole.Roster when request.WriteRoster => new DesiredList(list, Fields.RosterKey, [.. RosterItems(request.Roster)], []),
            _ => new DesiredList(list, Fields.Title, [], []),
        }).ToArray();
        return new DesiredSite(
            RoundDesigner.AdminSiteUrl(request.Blueprint, request.Tenant),
            blueprint.Title,
            blueprint.Description,
            [.. RoundDesigner.Groups(blueprint, term, request.Routine.Title, owners, [], [], [])],
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
                    RosterList.Key.Value(RosterKey(person, role)),
                    RosterList.Person.Value(person.Upn),
                    RosterList.Role.Value(role.Role),
                    RosterList.Campus.Value(role.Campus ?? string.Empty),
                    RosterList.Representing.Value(role.Representing ?? string.Empty),
                    RosterList.Language.Value(person.Language == Language.English ? "en" : "nb"),
                };
                if (role.From is { } from)
                {
                    owned.Add(RosterList.TermStart.Value(from));
                }

                if (role.To is { } to)
                {
                    owned.Add(RosterList.TermEnd.Value(to));
                }

                if (person.Manager is { } manager)
                {
                    owned.Add(RosterList.Manager.Value(manager));
                }

                if (person.Delegate is { } delegated)
                {
                    owned.Add(RosterList.Delegate.Value(delegated));
                }

                if (person.Category is { } category)
                {
                    owned.Add(RosterList.Category.Value(category));
                }

                yield return new DesiredItem(RosterKey(person, role), owned, []);
            }
        }
    }

    private static string RosterKey(Person person, RosterRole role) =>
        $"{person.Upn}/{role.Role}" + (role.Campus is { Length: > 0 } campus ? "/" + campus : string.Empty);
}
