namespace PnpSamtale.Core.Routines;

/// <summary>Who takes part in a conversation, as the routine describes it.</summary>
public abstract record PartySelector
{
    private protected PartySelector()
    {
    }
}

/// <summary>Everyone holding a role (an office such as <c>L-AU</c>, or membership of a body such as <c>SRU</c>).</summary>
public sealed record ByRole(string Role) : PartySelector;

/// <summary>The partner's manager, or the person the manager delegated the conversation to.</summary>
public sealed record ManagerOfPartner : PartySelector;

/// <summary>Every person in the roster who has a manager (annual manager-led appraisal).</summary>
public sealed record AllEmployees : PartySelector;
