namespace PnpSamtale.Core.Routines;

/// <summary>
/// A classification level for an archived form, and who besides the pair may read it at that level.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>strengt-konfidensielt</c>.</param>
/// <param name="Title">Norwegian title, e.g. "Strengt konfidensielt".</param>
/// <param name="TitleEn">English title.</param>
/// <param name="IsDefault">The level used unless the partner asks for a stricter one.</param>
/// <param name="ExtraReaders">Roles besides holder and partner that may read the archived form.</param>
public sealed record Classification(string Id, string Title, string TitleEn, bool IsDefault, IReadOnlyList<string> ExtraReaders);
