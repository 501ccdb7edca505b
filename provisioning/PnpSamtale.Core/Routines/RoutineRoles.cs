namespace PnpSamtale.Core.Routines;

/// <summary>Every role a routine refers to, wherever it does.</summary>
public static class RoutineRoles
{
    /// <summary>The roles named by the routine (owner, responsibles, participants, conversations, readers, custodians).</summary>
    public static IEnumerable<RoleUse> All(Routine routine)
    {
        ArgumentNullException.ThrowIfNull(routine);
        yield return new RoleUse(routine.OwnerRole, "ownerRole", null);
        yield return new RoleUse(routine.Reminders.EscalateTo, "reminders/escalateTo", null);
        foreach (var step in routine.Steps)
        {
            var key = $"steps/{step.Id}";
            if (step.Responsibility is { Kind: ResponsibleKind.Role, Role: { } responsible })
            {
                yield return new RoleUse(responsible, $"{key}/responsible", step.Id);
            }

            for (var i = 0; i < step.Participants.Count; i++)
            {
                yield return new RoleUse(step.Participants[i].Role, $"{key}/participants/{i}", step.Id);
                for (var j = 0; j < step.Participants[i].Representing.Count; j++)
                {
                    yield return new RoleUse(step.Participants[i].Representing[j], $"{key}/participants/{i}/representing/{j}", step.Id);
                }
            }

            if (step.Conversation?.Holder is ByRole holder)
            {
                yield return new RoleUse(holder.Role, $"{key}/holder", step.Id);
            }

            if (step.Conversation?.Partner is ByRole partner)
            {
                yield return new RoleUse(partner.Role, $"{key}/partner", step.Id);
            }
        }

        for (var i = 0; i < routine.Classifications.Count; i++)
        {
            for (var j = 0; j < routine.Classifications[i].ExtraReaders.Count; j++)
            {
                yield return new RoleUse(routine.Classifications[i].ExtraReaders[j], $"classifications/{i}/extraReaders/{j}", null);
            }
        }

        for (var i = 0; i < routine.Custodians.Count; i++)
        {
            yield return new RoleUse(routine.Custodians[i], $"custodians/{i}", null);
        }
    }
}
