namespace PnpSamtale.Core.Progress;

/// <summary>A person in a status report: their address and, from the roster, their name (the address when not listed).</summary>
/// <param name="Upn">The UPN, lower case.</param>
/// <param name="Name">The name.</param>
public sealed record ProgressPerson(string Upn, string Name)
{
    /// <summary>"Sofie Bakken (sofie.bakken@stinn.example)", or the address alone when the name is the address.</summary>
    public override string ToString() => string.Equals(Name, Upn, StringComparison.OrdinalIgnoreCase) ? Upn : $"{Name} ({Upn})";
}
