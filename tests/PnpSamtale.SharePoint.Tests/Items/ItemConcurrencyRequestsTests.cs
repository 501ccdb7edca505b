using System.Net;
using System.Text.Json;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Items;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Items;

public sealed class ItemConcurrencyRequestsTests
{
    private const string List = "https://contoso.sharepoint.com/sites/medarbeidersamtaler-h2026/_api/web/lists(guid'6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f')";
    private const string ETag = "\"68be87d5-96e5-49ab-8477-9b17070c8a33,9\"";

    [Fact]
    public void UpdateIfMatch_TypedValues_PostsMergeWithTheETagAndTheListsEntityType()
    {
        // wire-subset.md: POST {item} + X-HTTP-Method: MERGE + IF-MATCH: "<etag>", verbose {"__metadata":{"type":"SP.Data.<List>ListItem"},…}
        var update = new ConditionalUpdate(17, ItemETag.From(ETag),
        [
            ItemPropertyValue.Text("Leie", "run-7"),
            ItemPropertyValue.DateTime("LeieTil", new DateTimeOffset(2026, 10, 20, 9, 30, 0, TimeSpan.FromHours(2))),
            ItemPropertyValue.Number("Runde", 2),
            ItemPropertyValue.Boolean("Aktiv", true),
            ItemPropertyValue.Person("Eier", 11),
            ItemPropertyValue.Clear("Merknad"),
        ]);

        var request = ItemConcurrencyRequests.UpdateIfMatch(TestSetup.Site, TestSetup.ListId, "SP.Data.RunderListItem", update);

        WireAssert.SharePointPost(request, List + "/items(17)", """
            {"__metadata":{"type":"SP.Data.RunderListItem"},"Leie":"run-7","LeieTil":"2026-10-20T07:30:00Z","Runde":2,"Aktiv":true,"EierId":11,"Merknad":null}
            """);
        Assert.Equal("MERGE", request.GetHeader("X-HTTP-Method"));
        Assert.Equal(ETag, request.GetHeader("IF-MATCH"));
        Assert.False(request.Idempotent);
    }

    [Fact]
    public void UpdateIfMatch_AnyETagOrMissingOrRepeatedProperty_IsStarOrRefused()
    {
        var any = ItemConcurrencyRequests.UpdateIfMatch(TestSetup.Site, TestSetup.ListId, "SP.Data.RunderListItem", new ConditionalUpdate(1, ItemETag.Any, [ItemPropertyValue.Text("Leie", null)]));

        Assert.Equal("*", any.GetHeader("IF-MATCH"));
        Assert.Throws<ArgumentException>(() => ItemConcurrencyRequests.UpdateIfMatch(TestSetup.Site, TestSetup.ListId, "SP.Data.RunderListItem", new ConditionalUpdate(1, default, [])));
        Assert.Throws<ArgumentException>(() => ItemConcurrencyRequests.UpdateIfMatch(TestSetup.Site, TestSetup.ListId, "SP.Data.RunderListItem",
            new ConditionalUpdate(1, ItemETag.Any, [ItemPropertyValue.Text("Leie", "a"), ItemPropertyValue.Text("Leie", "b")])));
        Assert.Throws<ArgumentException>(() => ItemETag.From("9"));
    }

    [Fact]
    public void EntityTypeFullName_ReadsItFromTheList()
    {
        var request = ItemConcurrencyRequests.EntityTypeFullName(TestSetup.Site, TestSetup.ListId);
        var response = WireResponse.FromText(HttpStatusCode.OK, [], """{"ListItemEntityTypeFullName":"SP.Data.RunderListItem"}""");

        WireAssert.SharePointGet(request, List + "?$select=ListItemEntityTypeFullName");
        Assert.Equal("SP.Data.RunderListItem", ItemConcurrencyResponses.EntityTypeFullName(response));
    }

    [Fact]
    public void Versioned_ETagHeaderOrODataEtag_IsTheItemsVersion_AndNeitherIsAnError()
    {
        var header = WireResponse.FromText(HttpStatusCode.OK, [new("ETag", ETag)], """{"Id":17,"ID":17}""");
        var body = WireResponse.FromText(HttpStatusCode.OK, [], """{"odata.etag":"\"3\"","Id":17}""");
        var neither = WireResponse.FromText(HttpStatusCode.OK, [], """{"Id":17,"ID":17}""");

        Assert.Equal(ETag, ItemConcurrencyResponses.Versioned(header).ETag.Value);
        Assert.Equal("\"3\"", ItemConcurrencyResponses.Versioned(body).ETag.Value);
        Assert.Throws<JsonException>(() => ItemConcurrencyResponses.Versioned(neither));
    }

    [Fact]
    public void UpdateResult_204Or412OrOther_IsUpdatedChangedOrAnError()
    {
        var updated = ItemConcurrencyResponses.UpdateResult(WireResponse.FromText(HttpStatusCode.NoContent, [new("ETag", ETag)], string.Empty));
        var changed = ItemConcurrencyResponses.UpdateResult(WireResponse.FromText(HttpStatusCode.PreconditionFailed, [],
            """{"odata.error":{"code":"-1, Microsoft.SharePoint.Client.ClientServiceException","message":{"lang":"en-US","value":"The request ETag value '\"8\"' does not match the object's ETag value '\"x,9\"'."}}}"""));

        Assert.Equal((ConditionalUpdateOutcome.Updated, (ItemETag?)ItemETag.From(ETag)), (updated.Outcome, updated.ETag));
        Assert.Equal((ConditionalUpdateOutcome.ChangedSinceRead, (ItemETag?)null), (changed.Outcome, changed.ETag));
        Assert.Throws<SharePointServiceException>(() => ItemConcurrencyResponses.UpdateResult(WireResponse.FromText(HttpStatusCode.NotFound, [],
            """{"odata.error":{"code":"-2147024809, System.ArgumentException","message":{"lang":"en-US","value":"Item does not exist. It may have been deleted by another user."}}}""")));
    }
}
