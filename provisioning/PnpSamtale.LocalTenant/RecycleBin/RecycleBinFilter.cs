using PnpSamtale.LocalTenant.Http;
using PnpSamtale.LocalTenant.Items;

namespace PnpSamtale.LocalTenant.RecycleBin;

/// <summary>The properties of a bin entry a <c>$filter</c> may compare (e.g. <c>LeafName eq '…'</c>, <c>Id eq guid'…'</c>).</summary>
internal static class RecycleBinFilter
{
    /// <summary>How to read a property; 400 for a property the type lacks.</summary>
    public static FilterField<RecycleBinEntry> Field(string name) => name.ToUpperInvariant() switch
    {
        "ID" => new(FilterValueKind.Guid, e => e.Id, true),
        "LEAFNAME" => new(FilterValueKind.Text, e => e.LeafName, true),
        "DIRNAME" => new(FilterValueKind.Text, e => e.DirName, true),
        "TITLE" => new(FilterValueKind.Text, e => e.Title, true),
        "DELETEDBYEMAIL" => new(FilterValueKind.Text, e => e.DeletedByEmail, true),
        "AUTHOREMAIL" => new(FilterValueKind.Text, e => e.AuthorEmail, true),
        "ITEMSTATE" => new(FilterValueKind.Number, e => (double)e.Stage, true),
        "ITEMTYPE" => new(FilterValueKind.Number, e => (double)e.ItemType, true),
        "DELETEDDATE" => new(FilterValueKind.Date, e => e.DeletedDate, true),
        _ => throw SpErrors.UnknownProperty(name, "SP.RecycleBinItem"),
    };
}
