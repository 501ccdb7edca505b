namespace PnpSamtale.LocalTenant.Mail;

/// <summary>A single-value extended property of a message: its id as given when it was set, and its value.</summary>
internal sealed record ExtendedProperty(string Id, string Value);
