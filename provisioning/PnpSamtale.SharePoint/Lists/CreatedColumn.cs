namespace PnpSamtale.SharePoint.Lists;

/// <summary>A column Graph has added to a list: <c>{"id","name","displayName",…}</c>.</summary>
/// <param name="Id">Graph's column id.</param>
/// <param name="Name">The internal name, as used in <c>formValues</c>, <c>$select</c> and <c>$filter</c>.</param>
/// <param name="DisplayName">The name people see.</param>
public sealed record CreatedColumn(string Id, string Name, string DisplayName);
