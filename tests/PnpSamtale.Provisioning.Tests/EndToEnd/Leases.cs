using PnpSamtale.Jobs.Leases;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Sites;

namespace PnpSamtale.Provisioning.Tests.EndToEnd;

/// <summary>The round's lease as <c>Runder</c> holds it.</summary>
internal static class Leases
{
    /// <summary>The lease on H2026; <c>null</c> when free, or when there is no registry or item yet.</summary>
    public static async Task<LeaseRecord?> LeftAsync(RoundFixture fixture)
    {
        var admin = fixture.Design.Admin.Url;
        if (await fixture.Get<SiteClient>().GetStateAsync(admin, CancellationToken.None) != SiteState.Ready
            || await fixture.Get<ListClient>().FindListAsync(admin, fixture.Blueprint.Admin.List(ListRole.Rounds).Title, CancellationToken.None) is not { } list)
        {
            return null;
        }

        var items = await fixture.Get<ItemClient>().QueryItemsAsync(admin, list.Id,
            new ItemQuery([Fields.Round, Fields.LeaseRun, Fields.LeaseHolder, Fields.LeaseSince, Fields.LeaseUntil]), CancellationToken.None);
        return items.Select(RoundLease.Read).OfType<LeaseRecord>().SingleOrDefault();
    }
}
