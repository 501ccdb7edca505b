namespace PnpSamtale.SharePoint.Lists;

/// <summary>Graph's answer to a list creation: <c>{"id","name","displayName","webUrl",…}</c>.</summary>
internal sealed record GraphList(string Id, string DisplayName, string WebUrl);
