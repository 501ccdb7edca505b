using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using PnpSamtale.LocalTenant.Tests.Faults;

namespace PnpSamtale.LocalTenant.Tests.Mail;

public sealed class MailboxEndpointsTests
{
    private const string Sender = "leder@stinn.no";
    private const string KeyId = "String {a1e6c3a2-5d4b-4c1e-9f0a-7b2d8c6e4f10} Name NoticeKey";
    private const string Immutable = "IdType=\"ImmutableId\"";

    [Fact]
    public async Task CreateDraft_WithAKey_Answers201WithTheDraftButNotItsExtendedProperty()
    {
        await using var tenant = await TestTenant.StartAsync();

        var draft = await CreateAsync(tenant, "k1");

        Assert.StartsWith("AAMkAD", Id(draft), StringComparison.Ordinal);
        Assert.True(draft["isDraft"]!.GetValue<bool>());
        Assert.Equal("Påminnelse", draft["subject"]!.GetValue<string>());
        Assert.Equal("html", draft["body"]!["contentType"]!.GetValue<string>());
        Assert.Equal("kari@stinn.no", draft["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.StartsWith("W/\"", draft["@odata.etag"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(draft["singleValueExtendedProperties"]);
        Assert.Null(draft["sentDateTime"]);
        Assert.Empty(tenant.Server.GetOutbox());
    }

    [Fact]
    public async Task Send_ImmutableId_Answers202EmptyAndTheSameIdNowNamesTheSentCopy()
    {
        await using var tenant = await TestTenant.StartAsync();
        var id = Id(await CreateAsync(tenant, "k1", immutable: true));

        var sent = await SendAsync(tenant, id);
        var copy = await GetAsync(tenant, $"/v1.0/users/{Sender}/messages/{id}", immutable: true);

        Assert.StartsWith("AAkALg", id, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(0, sent.Content.Headers.ContentLength);
        Assert.Equal(id, Id(copy));
        Assert.False(copy["isDraft"]!.GetValue<bool>());
        Assert.NotNull(copy["sentDateTime"]!.GetValue<string>());
        var mail = Assert.Single(tenant.Server.GetOutbox());
        Assert.Equal((Sender, "Påminnelse"), (mail.From, mail.Subject));
    }

    [Fact]
    public async Task Draft_WithAFile_IsSentWithIt_AndHasAttachmentsSaysSo()
    {
        await using var tenant = await TestTenant.StartAsync();
        var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray();
        var body = new JsonObject
        {
            ["subject"] = "Oppstart",
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "kari@stinn.no" } }),
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.fileAttachment", ["name"] = "innkalling.ics", ["contentType"] = "text/calendar", ["contentBytes"] = Convert.ToBase64String(ics),
            }),
        };

        var draft = await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"/v1.0/users/{Sender}/messages", TestTenant.Json(body, "application/json")), HttpStatusCode.Created);
        Assert.True(draft["hasAttachments"]!.GetValue<bool>());
        await SendAsync(tenant, Id(draft));

        var file = Assert.Single(Assert.Single(tenant.Server.GetOutbox()).Attachments);
        Assert.Equal(("innkalling.ics", "text/calendar"), (file.Name, file.ContentType));
        Assert.Equal(ics, file.Content);
    }

    [Theory]
    [InlineData("#microsoft.graph.itemAttachment", "innkalling.ics", "QUJD", "is not valid")]
    [InlineData("#microsoft.graph.fileAttachment", "", "QUJD", "is not valid")]
    [InlineData("#microsoft.graph.fileAttachment", "innkalling.ics", "not base64!", "are not base64")]
    public async Task Draft_WithAFileThatIsNotAFileAttachment_Answers400AndMakesNoDraft(string type, string name, string bytes, string message)
    {
        await using var tenant = await TestTenant.StartAsync();
        var body = new JsonObject
        {
            ["subject"] = "Oppstart",
            ["toRecipients"] = new JsonArray(new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = "kari@stinn.no" } }),
            ["attachments"] = new JsonArray(new JsonObject { ["@odata.type"] = type, ["name"] = name, ["contentBytes"] = bytes }),
        };

        var answer = await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"/v1.0/users/{Sender}/messages", TestTenant.Json(body, "application/json")), HttpStatusCode.BadRequest);

        Assert.Equal("ErrorInvalidRequest", answer["error"]!["code"]!.GetValue<string>());
        Assert.Contains(message, answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await ListAsync(tenant, "drafts", "$top=10"));
    }

    [Fact]
    public async Task Send_DefaultId_TheDraftsIdNamesNothingAfterwardsAndTheCopyHasAnotherId()
    {
        await using var tenant = await TestTenant.StartAsync();
        var id = Id(await CreateAsync(tenant, "k1"));

        await SendAsync(tenant, id);
        var old = await tenant.Http.GetAsync($"/v1.0/users/{Sender}/messages/{id}");
        var inSent = await ListAsync(tenant, "sentitems", Filter("k1"));

        await ExpectGraphErrorAsync(old, HttpStatusCode.NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
        Assert.NotEqual(id, Id(Assert.Single(inSent)!));
    }

    [Fact]
    public async Task Send_AMessageAlreadySent_IsNotFoundToSendAgain_AndNothingIsSentTwice()
    {
        await using var tenant = await TestTenant.StartAsync();
        var id = Id(await CreateAsync(tenant, "k1", immutable: true));
        await SendAsync(tenant, id);

        var again = await SendAsync(tenant, id);

        await ExpectGraphErrorAsync(again, HttpStatusCode.NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
        Assert.Single(tenant.Server.GetOutbox());
    }

    [Fact]
    public async Task Send_WithoutContentLength_Answers411AndSendsNothing()
    {
        await using var tenant = await TestTenant.StartAsync();
        var id = Id(await CreateAsync(tenant, "k1"));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, tenant.Server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /v1.0/users/{Sender}/messages/{id}/send HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);

        var answer = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 411 Length Required", answer, StringComparison.Ordinal);
        Assert.Contains("HTTP Error 411. The request must be chunked or have a content length.", answer, StringComparison.Ordinal);
        Assert.Empty(tenant.Server.GetOutbox());
    }

    [Fact]
    public async Task SentItems_FilterOnTheKey_FindsOnlyThatMessage_ValueWithoutRegardToCase_NameExactly()
    {
        await using var tenant = await TestTenant.StartAsync();
        foreach (var key in new[] { "k1", "k2" })
        {
            await SendAsync(tenant, Id(await CreateAsync(tenant, key, immutable: true)));
        }

        await CreateAsync(tenant, "k3");

        var k1 = await ListAsync(tenant, "sentitems", Filter("K1") + "&$select=id,subject");
        var draft = await ListAsync(tenant, "sentitems", Filter("k3"));
        var otherName = await ListAsync(tenant, "sentitems", Filter("k1", KeyId.Replace("NoticeKey", "noticekey", StringComparison.Ordinal)));
        var expanded = await ListAsync(tenant, "sentitems", Filter("k2") + Expand(KeyId.Replace("{a1e6c3a2", "{A1E6C3A2", StringComparison.Ordinal)));
        var inDrafts = await ListAsync(tenant, "drafts", Filter("k3"));

        var one = Assert.Single(k1)!.AsObject();
        Assert.Equal(["@odata.etag", "id", "subject"], one.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Empty(draft);
        Assert.Empty(otherName);
        var property = Assert.Single(Assert.Single(expanded)!["singleValueExtendedProperties"]!.AsArray())!;
        Assert.Equal((KeyId, "k2"), (property["id"]!.GetValue<string>(), property["value"]!.GetValue<string>()));
        Assert.True(Assert.Single(inDrafts)!["isDraft"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("subject eq 'Påminnelse'")]
    [InlineData("singleValueExtendedProperties/Any(ep: ep/id eq 'String {a1e6c3a2-5d4b-4c1e-9f0a-7b2d8c6e4f10} Name NoticeKey' and contains(ep/value, 'k'))")]
    [InlineData("singleValueExtendedProperties/Any(ep: ep/id eq 'Name NoticeKey')")]
    public async Task SentItems_AFilterOutsideTheSubset_Answers400InvalidNodes(string filter)
    {
        await using var tenant = await TestTenant.StartAsync();

        var response = await tenant.Http.GetAsync($"/v1.0/users/{Sender}/mailFolders/sentitems/messages?$filter={Uri.EscapeDataString(filter)}");

        await ExpectGraphErrorAsync(response, HttpStatusCode.BadRequest, "ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes.");
    }

    [Fact]
    public async Task SentItems_WholeExpandOrUnknownSelectOrOrderBy_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();
        var folder = $"/v1.0/users/{Sender}/mailFolders/sentitems/messages";

        var expandAll = await tenant.Http.GetAsync(folder + "?$expand=singleValueExtendedProperties");
        var select = await tenant.Http.GetAsync(folder + "?$select=id,noticeKey");
        var orderBy = await tenant.Http.GetAsync(folder + "?$orderby=sentDateTime");
        await CreateAsync(tenant, "k1");

        Assert.Equal(HttpStatusCode.BadRequest, expandAll.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, orderBy.StatusCode);
        await ExpectGraphErrorAsync(select, HttpStatusCode.BadRequest, "RequestBroker--ParseUri", "Could not find a property named 'noticeKey' on type 'microsoft.graph.message'.");
    }

    [Fact]
    public async Task SentItemsDelay_TheSentCopyAppearsOnlyAfterIt()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 10, 20, 7, 0, 0, TimeSpan.Zero));
        await using var tenant = await TestTenant.StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.SentItemsDelay = TimeSpan.FromSeconds(30);
        });
        var id = Id(await CreateAsync(tenant, "k1", immutable: true));
        await SendAsync(tenant, id);

        var soon = await ListAsync(tenant, "sentitems", Filter("k1"));
        var draftGone = await ListAsync(tenant, "drafts", Filter("k1"));
        var byId = await tenant.Http.GetAsync($"/v1.0/users/{Sender}/messages/{id}");
        clock.Advance(TimeSpan.FromSeconds(30));
        var later = await ListAsync(tenant, "sentitems", Filter("k1"));

        Assert.Empty(soon);
        Assert.Empty(draftGone);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Single(later);
        Assert.Single(tenant.Server.GetOutbox());
    }

    [Fact]
    public async Task Messages_UnknownMalformedOrOfAnUnknownSender_AreGraphsErrors()
    {
        await using var tenant = await TestTenant.StartAsync(o => o.AcceptAnyUpn = false);
        tenant.Server.SeedDirectory([new DirectoryUser(Sender, "Leder", "nb-NO")]);
        var id = Id(await CreateAsync(tenant, "k1", immutable: true));

        var unknownId = "AAkALg" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Replace('+', '-').Replace('/', '_');
        var unknown = await tenant.Http.GetAsync($"/v1.0/users/{Sender}/messages/{unknownId}");
        var malformed = await tenant.Http.GetAsync($"/v1.0/users/{Sender}/messages/not-an-id");
        var otherMailbox = await tenant.Http.GetAsync($"/v1.0/users/ukjent@stinn.no/messages/{id}");
        var deleted = await tenant.Http.DeleteAsync($"/v1.0/users/{Sender}/messages/{id}");
        var afterDelete = await tenant.Http.GetAsync($"/v1.0/users/{Sender}/messages/{id}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await ExpectGraphErrorAsync(malformed, HttpStatusCode.BadRequest, "ErrorInvalidIdMalformed", "Id is malformed.");
        await ExpectGraphErrorAsync(otherMailbox, HttpStatusCode.NotFound, "ErrorInvalidUser", "The requested user 'ukjent@stinn.no' is invalid.");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
    }

    [Fact]
    public async Task CreateDraft_UnknownPropertyOrBadExtendedPropertyId_Answers400()
    {
        await using var tenant = await TestTenant.StartAsync();

        var unknown = await tenant.Http.PostAsync($"/v1.0/users/{Sender}/messages", TestTenant.Json(new { subject = "s", internetMessageHeaders = Array.Empty<object>() }, "application/json"));
        var badId = await tenant.Http.PostAsync($"/v1.0/users/{Sender}/messages", TestTenant.Json(new { subject = "s", singleValueExtendedProperties = new[] { new { id = "NoticeKey", value = "k" } } }, "application/json"));

        await ExpectGraphErrorAsync(unknown, HttpStatusCode.BadRequest, "RequestBodyRead",
            "The property 'internetMessageHeaders' does not exist on type 'microsoft.graph.message'. Make sure to only use property names that are defined by the type or mark the type as open type.");
        Assert.Equal("ErrorInvalidProperty", (await TestTenant.ExpectAsync(badId, HttpStatusCode.BadRequest))["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task SentItems_MoreThanAPage_NextLinkCarriesTheFilterAndSkip()
    {
        await using var tenant = await TestTenant.StartAsync();
        for (var i = 0; i < 12; i++)
        {
            await SendAsync(tenant, Id(await CreateAsync(tenant, "same", immutable: true)));
        }

        var first = await GetAsync(tenant, $"/v1.0/users/{Sender}/mailFolders/sentitems/messages?{Filter("same")}");
        var next = new Uri(first["@odata.nextLink"]!.GetValue<string>());
        var second = await GetAsync(tenant, next.PathAndQuery);

        Assert.Equal(10, first["value"]!.AsArray().Count);
        Assert.Contains("$skip=10", Uri.UnescapeDataString(next.Query), StringComparison.Ordinal);
        Assert.Contains("NoticeKey", Uri.UnescapeDataString(next.Query), StringComparison.Ordinal);
        Assert.Equal(2, second["value"]!.AsArray().Count);
        Assert.Null(second["@odata.nextLink"]);
    }

    [Fact]
    public async Task GraphBatch_CreateSendAndFind_WorkAsDirectRequests()
    {
        await using var tenant = await TestTenant.StartAsync();
        var prefer = new Dictionary<string, string> { ["Content-Type"] = "application/json", ["Prefer"] = Immutable };
        var created = await BatchAsync(tenant, new { id = "1", method = "POST", url = $"/users/{Sender}/messages", headers = prefer, body = Message("k1") });
        var id = created["body"]!["id"]!.GetValue<string>();

        var sent = await BatchAsync(tenant, new { id = "1", method = "POST", url = $"/users/{Sender}/messages/{id}/send" });
        var found = await BatchAsync(tenant, new { id = "1", method = "GET", url = $"/users/{Sender}/mailFolders/sentitems/messages?{Filter("k1")}&$select=id" });

        Assert.Equal(201, created["status"]!.GetValue<int>());
        Assert.StartsWith("AAkALg", id, StringComparison.Ordinal);
        Assert.Equal(202, sent["status"]!.GetValue<int>());
        Assert.Single(found["body"]!["value"]!.AsArray());
        Assert.Equal(1, tenant.Server.GetRequestCounts().For("batch:POST /v1.0/users/{upn}/messages/{messageId}/send"));
    }

    [Fact]
    public async Task SendMail_SavesToSentItemsUnlessTold_WithItsExtendedProperty()
    {
        await using var tenant = await TestTenant.StartAsync();
        var saved = new { message = Message("kept"), saveToSentItems = true };
        var notSaved = new { message = Message("not-kept"), saveToSentItems = false };

        await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"/v1.0/users/{Sender}/sendMail", TestTenant.Json(saved, "application/json")), HttpStatusCode.Accepted);
        await TestTenant.ExpectAsync(await tenant.Http.PostAsync($"/v1.0/users/{Sender}/sendMail", TestTenant.Json(notSaved, "application/json")), HttpStatusCode.Accepted);

        Assert.Single(await ListAsync(tenant, "sentitems", Filter("kept")));
        Assert.Empty(await ListAsync(tenant, "sentitems", Filter("not-kept")));
        Assert.Equal(2, tenant.Server.GetOutbox().Count);
    }

    internal static object Message(string key) => new
    {
        subject = "Påminnelse",
        body = new { contentType = "HTML", content = "<p>Frist i morgen</p>" },
        toRecipients = new[] { new { emailAddress = new { address = "kari@stinn.no", name = "Kari" } } },
        singleValueExtendedProperties = new[] { new { id = KeyId, value = key } },
    };

    private static async Task<JsonObject> CreateAsync(TestTenant tenant, string key, bool immutable = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1.0/users/{Sender}/messages") { Content = TestTenant.Json(Message(key), "application/json") };
        if (immutable)
        {
            request.Headers.TryAddWithoutValidation("Prefer", Immutable);
        }

        return await TestTenant.ExpectAsync(await tenant.Http.SendAsync(request), HttpStatusCode.Created);
    }

    private static Task<HttpResponseMessage> SendAsync(TestTenant tenant, string id) =>
        tenant.Http.PostAsync($"/v1.0/users/{Sender}/messages/{id}/send", new ByteArrayContent([]));

    private static async Task<JsonObject> GetAsync(TestTenant tenant, string url, bool immutable = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (immutable)
        {
            request.Headers.TryAddWithoutValidation("Prefer", Immutable);
        }

        return await TestTenant.ExpectAsync(await tenant.Http.SendAsync(request), HttpStatusCode.OK);
    }

    private static async Task<JsonArray> ListAsync(TestTenant tenant, string folder, string query) =>
        (await GetAsync(tenant, $"/v1.0/users/{Sender}/mailFolders/{folder}/messages?{query}", immutable: true))["value"]!.AsArray();

    private static async Task<JsonObject> BatchAsync(TestTenant tenant, object request)
    {
        var answer = await TestTenant.ExpectAsync(await tenant.Http.PostAsync("/v1.0/$batch", TestTenant.Json(new { requests = new[] { request } }, "application/json")), HttpStatusCode.OK);
        return answer["responses"]![0]!.AsObject();
    }

    private static string Filter(string value, string id = KeyId) =>
        "$filter=" + Uri.EscapeDataString($"singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{value}')");

    private static string Expand(string id) => "&$expand=" + Uri.EscapeDataString($"singleValueExtendedProperties($filter=id eq '{id}')");

    private static string Id(JsonNode message) => message["id"]!.GetValue<string>();

    private static async Task ExpectGraphErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string message)
    {
        var body = await TestTenant.ExpectAsync(response, status);
        Assert.Equal((code, message), (body["error"]!["code"]!.GetValue<string>(), body["error"]!["message"]!.GetValue<string>()));
    }
}
