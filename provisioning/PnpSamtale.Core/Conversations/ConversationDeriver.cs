using PnpSamtale.Core.Definitions;
using PnpSamtale.Core.Routines;
using PnpSamtale.Core.Rosters;
using PnpSamtale.Core.Terms;

namespace PnpSamtale.Core.Conversations;

/// <summary>
/// Turns a routine's conversation rules and a roster into concrete pairs. Unfilled roles, ambiguous holders,
/// people with several roles, and a person who would hold a conversation with themself are reported as problems.
/// </summary>
public static class ConversationDeriver
{
    /// <summary>Derives the conversations of <paramref name="term"/> among roles active between the given dates.</summary>
    public static ConversationDerivation Derive(Routine routine, Roster roster, Term term, DateOnly periodStart, DateOnly periodEnd)
    {
        ArgumentNullException.ThrowIfNull(routine);
        ArgumentNullException.ThrowIfNull(roster);
        var context = new Context(routine, roster, term, periodStart, periodEnd);
        foreach (var step in routine.Steps.Where(s => s.Conversation is not null && s.OccurrenceIn(term.Season) != Occurrence.Never))
        {
            context.DeriveStep(step, step.Conversation!);
        }

        context.ReportSeveralRoles();
        context.ReportUnusedRoles();
        return new ConversationDerivation(context.Conversations, context.Problems);
    }

    private sealed class Context(Routine routine, Roster roster, Term term, DateOnly periodStart, DateOnly periodEnd)
    {
        public List<Conversation> Conversations { get; } = [];

        public List<DerivationProblem> Problems { get; } = [];

        public void DeriveStep(Step step, ConversationRule rule)
        {
            var partners = Partners(step, rule.Partner);
            foreach (var (partner, assignment) in partners)
            {
                var holder = Holder(step, rule, partner, assignment);
                if (holder is null)
                {
                    continue;
                }

                if (holder.Upn == partner.Upn)
                {
                    Problems.Add(new(step.Id, $"{step.Id}: {partner.Name} ville hatt medarbeidersamtale med seg selv ({Describe(rule.Holder)} og {assignment?.Role ?? "ansatt"}); samtalen er utelatt – fordel den til en annen."));
                    continue;
                }

                var conversation = new Conversation(term, step.Id, holder, partner, assignment?.Role, assignment?.Campus);
                if (Conversations.Find(c => c.Key == conversation.Key) is { } planned)
                {
                    if (planned.Holder.Upn != holder.Upn)
                    {
                        Problems.Add(new(step.Id, $"{step.Id}: {partner.Name} ville fått to samtaler i samme steg (med {planned.Holder.Name} og {holder.Name}); bare den med {planned.Holder.Name} er planlagt."));
                    }

                    continue;
                }

                Conversations.Add(conversation);
            }
        }

        public void ReportSeveralRoles()
        {
            foreach (var person in roster.People)
            {
                var active = person.Roles.Where(IsActive).Select(r => r.Role).Distinct(StringComparer.Ordinal).ToList();
                if (active.Count < 2)
                {
                    continue;
                }

                var asPartner = Conversations.Where(c => c.Partner.Upn == person.Upn).Select(c => c.Step).Order().ToList();
                var conversations = asPartner.Count == 0 ? "ingen samtaler som samtalepartner" : $"{Text.NorwegianNouns.Conversation.Count(asPartner.Count)} som samtalepartner ({string.Join(", ", asPartner)})";
                Problems.Add(new(null, $"{person.Name} har flere verv ({string.Join(", ", active)}) og får {conversations}."));
            }
        }

        public void ReportUnusedRoles()
        {
            var used = RoutineRoles.All(routine).Select(u => u.Role).Concat(routine.Roles.Select(r => r.Abbreviation)).ToHashSet(StringComparer.Ordinal);
            var unused = roster.People.SelectMany(p => p.Roles).Select(r => r.Role).Where(r => !used.Contains(r)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var role in unused)
            {
                var suggestion = Suggestions.Closest(role, used);
                Problems.Add(new(null, $"Rosteret har rollen {role}, som rutinen ikke bruker{(suggestion is null ? string.Empty : $" (mente du {suggestion}?)")}; personer med bare den rollen får ingen samtale."));
            }
        }

        private List<(Person Person, RoleAssignment? Assignment)> Partners(Step step, PartySelector selector)
        {
            switch (selector)
            {
                case ByRole byRole:
                    var found = Holding(byRole.Role).Select(h => (h.Person, (RoleAssignment?)h.Assignment)).ToList();
                    if (found.Count == 0)
                    {
                        Problems.Add(new(step.Id, $"{step.Id}: {Unfilled(byRole.Role, null)}; ingen samtale blir planlagt."));
                    }

                    return found;
                case AllEmployees:
                    return [.. roster.People.Where(p => p.Manager is not null).Select(p => (p, (RoleAssignment?)null))];
                default:
                    Problems.Add(new(step.Id, $"{step.Id}: samtalepartner kan ikke være «leder av samtalepartner»."));
                    return [];
            }
        }

        private Person? Holder(Step step, ConversationRule rule, Person partner, RoleAssignment? assignment)
        {
            switch (rule.Holder)
            {
                case ByRole byRole:
                    var campus = rule.PerCampus ? assignment?.Campus : null;
                    var candidates = Holding(byRole.Role)
                        .Where(h => !rule.PerCampus || string.Equals(h.Assignment.Campus, campus, StringComparison.OrdinalIgnoreCase))
                        .Select(h => h.Person).DistinctBy(p => p.Upn).ToList();
                    if (candidates.Count == 0)
                    {
                        Problems.Add(new(step.Id, $"{step.Id}: {Unfilled(byRole.Role, campus)}, så ingen kan holde samtalen med {partner.Name}."));
                        return null;
                    }

                    if (candidates.Count > 1)
                    {
                        Problems.Add(new(step.Id, $"{step.Id}: flere har rollen {byRole.Role}{On(campus)} ({string.Join(", ", candidates.Select(c => c.Name))}); samtalen med {partner.Name} er ikke fordelt – fordel den i planleggingsmøtet."));
                        return null;
                    }

                    return candidates[0];
                case ManagerOfPartner:
                    if (partner.Delegate is { } delegated && rule.Delegable)
                    {
                        return roster.Find(delegated);
                    }

                    if (partner.Delegate is not null)
                    {
                        Problems.Add(new(step.Id, $"{step.Id}: rutinen tillater ikke delegering; samtalen med {partner.Name} holdes av lederen."));
                    }

                    return partner.Manager is { } manager ? roster.Find(manager) : null;
                default:
                    Problems.Add(new(step.Id, $"{step.Id}: samtaleansvarlig kan ikke være «alle ansatte»."));
                    return null;
            }
        }

        private IEnumerable<(Person Person, RoleAssignment Assignment)> Holding(string role) =>
            roster.People.SelectMany(p => p.Roles.Where(r => r.Role == role && IsActive(r)).Select(r => (p, r)));

        private bool IsActive(RoleAssignment assignment) => assignment.IsActiveBetween(periodStart, periodEnd);

        private string Unfilled(string role, string? campus)
        {
            if (roster.Vacancies.Any(v => v.Role == role && (campus is null || v.Campus is null || string.Equals(v.Campus, campus, StringComparison.OrdinalIgnoreCase))))
            {
                return $"vervet {role}{On(campus)} er ledig (meldt i rosteret)";
            }

            var suggestion = Suggestions.Closest(role, roster.People.SelectMany(p => p.Roles).Select(r => r.Role).Distinct(StringComparer.Ordinal));
            return $"ingen i rosteret har rollen {role}{On(campus)}{(suggestion is null ? string.Empty : $" (mente rutinen {suggestion}?)")}";
        }

        private static string On(string? campus) => campus is null ? string.Empty : $" på {campus}";

        private static string Describe(PartySelector selector) => selector switch
        {
            ByRole r => r.Role,
            ManagerOfPartner => "leder",
            _ => "ansatt",
        };
    }
}
