using PnpSamtale.Core.Routines;

namespace PnpSamtale.Core.Progress;

/// <summary>The conversation a late item belongs to.</summary>
/// <param name="Key">The conversation key, <c>{term}/{step}/{partner}</c>.</param>
/// <param name="Step">The step that defines the conversation (e.g. 3.2).</param>
/// <param name="Holder">The holder (samtaleansvarlig).</param>
/// <param name="Partner">The partner (samtalepartner).</param>
/// <param name="PartnerRole">The partner's role in the step, if role-based.</param>
public sealed record LateConversation(string Key, StepId Step, ProgressPerson Holder, ProgressPerson Partner, string? PartnerRole);
