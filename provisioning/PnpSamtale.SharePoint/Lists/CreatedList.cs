namespace PnpSamtale.SharePoint.Lists;

/// <summary>A list Graph has created.</summary>
/// <param name="Id">The list GUID (Graph's list id is SharePoint's list GUID).</param>
/// <param name="DisplayName">The title.</param>
/// <param name="WebUrl">The list's URL.</param>
public sealed record CreatedList(Guid Id, string DisplayName, string WebUrl);
