using PnpSamtale.Jobs.Rounds;
using PnpSamtale.LocalTenant;
using PnpSamtale.Provisioning.Blueprints;
using PnpSamtale.Provisioning.Schema;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;

namespace PnpSamtale.Jobs.Tests.Trust;

/// <summary>What the OU does in <c>Verv</c>, and what SharePoint Online lets people do that the local tenant refuses.</summary>
internal static class TrustSteps
{
    /// <summary>A new AU member who joins after the round started (her conversation's key and names are predictable).</summary>
    public const string Ida = "ida@stinn.example";

    public static readonly string IdaKey = "H2026/3.2/" + Ida;

    /// <summary>The OU adds Ida to <c>Verv</c> as AU (the next reconcile designs her conversation with Sofie).</summary>
    public static async Task AddIdaAsync(JobsFixture fixture)
    {
        fixture.Tenant.SeedDirectory([new DirectoryUser(Ida, "Ida Ås", "nb-NO")]);
        var verv = fixture.Blueprint.Admin.List(ListRole.Roster).Title;
        var rosterId = (await fixture.Get<ListClient>().FindListAsync(fixture.Scope.AdminSite, verv, CancellationToken.None))!.Id;
        var result = await fixture.Get<ItemClient>().AddItemAsync(fixture.Scope.AdminSite, rosterId,
            [FormValue.Text(Fields.Title, "Ida Ås"), RosterList.Key.Value(Ida + "/AU"), RosterList.Person.Value(Ida), RosterList.Role.Value("AU"), RosterList.TermEnd.Value(new DateOnly(2027, 6, 30))],
            CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    /// <summary>The OU gives the <c>Verv</c> row with key <paramref name="rowKey"/> to <paramref name="upn"/>.</summary>
    public static async Task HandRoleAsync(JobsFixture fixture, string rowKey, string upn, string name, string role)
    {
        var verv = fixture.Blueprint.Admin.List(ListRole.Roster).Title;
        var rosterId = (await fixture.Get<ListClient>().FindListAsync(fixture.Scope.AdminSite, verv, CancellationToken.None))!.Id;
        var rows = await fixture.ItemsAsync(fixture.Scope.AdminSite, verv, Fields.RosterKey);
        var row = rows.Single(r => r.GetString(Fields.RosterKey) == rowKey).Id;
        var result = await fixture.Get<ItemClient>().UpdateItemAsync(fixture.Scope.AdminSite, rosterId, row,
            [RosterList.Person.Value(upn), RosterList.Key.Value(upn + "/" + role), FormValue.Text(Fields.Title, name)], CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    /// <summary>The OU removes a <c>Verv</c> row (the person left the role).</summary>
    public static async Task RemoveRowAsync(JobsFixture fixture, string rowKey)
    {
        var verv = fixture.Blueprint.Admin.List(ListRole.Roster).Title;
        var rosterId = (await fixture.Get<ListClient>().FindListAsync(fixture.Scope.AdminSite, verv, CancellationToken.None))!.Id;
        var rows = await fixture.ItemsAsync(fixture.Scope.AdminSite, verv, Fields.RosterKey);
        await fixture.Get<ItemClient>().DeleteItemAsync(fixture.Scope.AdminSite, rosterId, rows.Single(r => r.GetString(Fields.RosterKey) == rowKey).Id, CancellationToken.None);
    }

    /// <summary>Reconciles H2026 and returns what failed (without asserting, unlike <see cref="JobsFixture.ReconcileAsync"/>).</summary>
    public static async Task<IReadOnlyList<string>> ReconcileFailuresAsync(JobsFixture fixture)
    {
        var result = Assert.Single(await fixture.Get<Reconciler>().ReconcileAsync(fixture.Scope, "H2026", null, CancellationToken.None));
        return [.. result.Problems, .. result.Failures.Select(f => f.ToString())];
    }

    /// <summary>
    /// A document or folder renamed by <paramref name="byUpn"/>, as SharePoint Online lets anyone who may edit it do
    /// (the browser's Rename is <c>ValidateUpdateListItem</c> with <c>FileLeafRef</c>).
    /// </summary>
    public static async Task RenameAsync(JobsFixture fixture, string list, int itemId, string newName, string byUpn)
    {
        using var person = fixture.As(byUpn);
        Assert.True(await person.UpdateAsync(list, itemId, FormValue.Text(Fields.FileName, newName)), $"{byUpn} could not rename item {itemId} of {list}");
    }
}
