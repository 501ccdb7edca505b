using System.Globalization;
using PnpSamtale.LocalTenant.Sites;
using PnpSamtale.LocalTenant.Store;
using PnpSamtale.LocalTenant.Views;

namespace PnpSamtale.LocalTenant.Lists;

/// <summary>Creates lists and libraries with their columns and default view, for SharePoint REST and Graph alike.</summary>
internal static class ListFactory
{
    /// <summary>
    /// Creates the list, or returns null when a list with the title exists. The URL name is the title without the
    /// characters a URL cannot hold, numbered when taken.
    /// </summary>
    public static ListRecord? TryCreate(StoreSession session, SiteRecord site, string title, int baseTemplate, IReadOnlyList<FieldDefinition> fields)
    {
        if (ListStore.FindByTitle(session, site.Id, title) is not null)
        {
            return null;
        }

        var baseName = ListRecord.UrlNameFor(title);
        var urlName = baseName;
        for (var n = 1; ListStore.FindByUrlName(session, site.Id, urlName) is not null; n++)
        {
            urlName = baseName + n.ToString(CultureInfo.InvariantCulture);
        }

        var list = new ListRecord(Guid.NewGuid(), site.Id, title, urlName, baseTemplate, false, session.Now);
        ListStore.Insert(session, list, fields);
        ViewStore.InsertDefault(session, site, list);
        return list;
    }
}
