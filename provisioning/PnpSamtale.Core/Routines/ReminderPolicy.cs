namespace PnpSamtale.Core.Routines;

/// <summary>When people are reminded and when late items are escalated.</summary>
/// <param name="LeadBusinessDays">Remind this many business days before a deadline.</param>
/// <param name="EscalateAfterBusinessDays">Escalate after this many business days overdue.</param>
/// <param name="EscalateTo">The role that receives escalations (the routine's owner).</param>
public sealed record ReminderPolicy(int LeadBusinessDays, int EscalateAfterBusinessDays, string EscalateTo);
