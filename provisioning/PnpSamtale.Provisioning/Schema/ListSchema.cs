using PnpSamtale.Provisioning.Blueprints;

namespace PnpSamtale.Provisioning.Schema;

/// <summary>The columns the product relies on in one list, by the list's role.</summary>
/// <param name="Role">The list.</param>
/// <param name="Columns">Its columns the code reads or writes.</param>
public sealed record ListSchema(ListRole Role, IReadOnlyList<Column> Columns)
{
    /// <summary>The column with the internal name, if the product relies on it.</summary>
    public Column? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
