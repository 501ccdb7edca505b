using System.Net.Http.Json;
using System.Text.Json;
using PnpSamtale.LocalTenant;
using TenantUser = PnpSamtale.LocalTenant.DirectoryUser;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Lists;
using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Users;
using DirectoryUser = PnpSamtale.SharePoint.Users.DirectoryUser;

namespace PnpSamtale.SharePoint.Tests.EndToEnd;

public sealed class BatchingTests
{
    private static List<IReadOnlyList<FormValue>> Rows(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (IReadOnlyList<FormValue>)[FormValue.Text("SamtaleKey", $"k{i:D4}")])];

    [Fact]
    public async Task AddItems_500_AreSentInFiveBatchesOfAHundred()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        var site = await local.CreateSiteAsync("batch");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        local.Tenant.ResetRequestCounts();

        var results = await local.Get<ItemBatchClient>().AddItemsAsync(site, list.Id, Rows(500), CancellationToken.None);

        Assert.Equal(500, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(Enumerable.Range(0, 500), results.Select(r => r.Index));
        var counts = local.Tenant.GetRequestCounts();
        Assert.Equal(5, counts.For("POST /_api/$batch"));
        Assert.Equal(500, counts.For("batch:POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath"));

        // Plus one read of the site's regional settings, once per site, to write the values the way the site parses them.
        Assert.Equal(6, counts.Total - 500);
    }

    [Fact]
    public async Task AddItems_Under20PercentThrottling_ReachTheCleanEndStateRetryingOnlyThrottledOperations()
    {
        await using var local = await LocalTenantFixture.StartAsync(new FaultOptions { ThrottleRate = 0.2, RetryAfter = TimeSpan.Zero, Seed = 7 }, maxRetryAttempts: 20);
        var site = await local.CreateSiteAsync("throttled");
        var list = await local.Get<ListClient>().CreateListAsync(site, ListAndItemTests.Conversations, CancellationToken.None);
        local.Tenant.ResetRequestCounts();

        var results = await local.Get<ItemBatchClient>().AddItemsAsync(site, list.Id, Rows(500), CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded));
        var keys = (await local.Get<ItemClient>().QueryItemsAsync(site, list.Id, new ItemQuery(["Id", "SamtaleKey"], Top: 5000), CancellationToken.None))
            .Select(i => i.GetString("SamtaleKey")).ToList();
        // Adds are not idempotent: a re-sent operation that had succeeded would leave a duplicate key behind.
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"k{i:D4}"), keys.Order(StringComparer.Ordinal));
        var inner = local.Tenant.GetRequestCounts().For("batch:POST /_api/web/lists({listKey})/AddValidateUpdateItemUsingPath");
        Assert.InRange(inner, 501, 800); // the 500 plus one re-send per throttled operation (about a quarter more)
    }

    [Fact]
    public async Task SendMails_25_GoInTwoGraphBatchesIntoTheOutbox()
    {
        await using var local = await LocalTenantFixture.StartAsync();
        local.Tenant.SeedDirectory([new TenantUser("ou@stinn.example", "OU", "nb")]);
        var mails = Enumerable.Range(0, 25).Select(i => new OutgoingMail("ou@stinn.example", new MailMessage($"Påminnelse {i}", MailContentType.Text, "Se lenken.", [new MailRecipient($"p{i}@stinn.example")]))).ToList();

        var results = await local.Get<MailClient>().SendMailsAsync(mails, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(2, local.Tenant.GetRequestCounts().For("POST /v1.0/$batch"));
        using var http = new HttpClient();
        var outbox = await http.GetFromJsonAsync<JsonElement>(new Uri(local.Tenant.BaseUri, "_local/outbox"));
        Assert.Equal(25, outbox.GetProperty("value").GetArrayLength());
        Assert.Equal("ou@stinn.example", (await local.Get<DirectoryUserClient>().FindUserAsync("ou@stinn.example", CancellationToken.None))!.UserPrincipalName);
    }
}
