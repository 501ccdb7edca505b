using System.Net;
using System.Text.Json;
using PnpSamtale.SharePoint.Errors;
using PnpSamtale.SharePoint.Http;
using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Tests.Support;

namespace PnpSamtale.SharePoint.Tests.Mail;

public sealed class MailboxRequestsTests
{
    private const string Users = "https://graph.microsoft.com/v1.0/users/samtaler@contoso.com";
    private static readonly MailKey Key = new(new Guid("a1e6c3a2-5d4b-4c1e-9f0a-7b2d8c6e4f10"), "NoticeKey", "H2026|2.1|kari's");

    [Fact]
    public void CreateDraft_KeyedMail_PostsTheMessageWithItsKeyAndAsksForImmutableIds()
    {
        // wire-subset.md: POST /v1.0/users/{sender}/messages, sendMail's message plus singleValueExtendedProperties; Prefer: IdType="ImmutableId"
        var mail = new OutgoingMail("samtaler@contoso.com", new MailMessage("Påminnelse", MailContentType.Text, "Frist i morgen", [new MailRecipient("kari@contoso.com")]));

        var request = MailboxRequests.CreateDraft(TestSetup.Graph, new KeyedMail(mail, Key));

        WireAssert.Graph(request, HttpMethod.Post, Users + "/messages", """
            {"subject":"Påminnelse","body":{"contentType":"Text","content":"Frist i morgen"},
             "toRecipients":[{"emailAddress":{"address":"kari@contoso.com"}}],"ccRecipients":[],
             "singleValueExtendedProperties":[{"id":"String {a1e6c3a2-5d4b-4c1e-9f0a-7b2d8c6e4f10} Name NoticeKey","value":"H2026|2.1|kari's"}]}
            """);
        Assert.Equal("IdType=\"ImmutableId\"", request.GetHeader("Prefer"));
        Assert.False(request.Idempotent);
    }

    [Fact]
    public void CreateDraft_WithAFile_SendsItInlineAsAFileAttachmentInBase64()
    {
        // wire-subset.md: attachments of a draft, inline as fileAttachment (message-post-attachments, under 3 MB)
        var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray();
        var message = new MailMessage("Oppstart", MailContentType.Text, "Se vedlegg", [new MailRecipient("kari@contoso.com")])
        {
            Attachments = [new MailAttachment("innkalling-3.2.ics", "text/calendar; method=PUBLISH", ics)],
        };

        var request = MailboxRequests.CreateDraft(TestSetup.Graph, new KeyedMail(new OutgoingMail("samtaler@contoso.com", message), Key));

        WireAssert.Graph(request, HttpMethod.Post, Users + "/messages", """
            {"subject":"Oppstart","body":{"contentType":"Text","content":"Se vedlegg"},
             "toRecipients":[{"emailAddress":{"address":"kari@contoso.com"}}],"ccRecipients":[],
             "attachments":[{"@odata.type":"#microsoft.graph.fileAttachment","name":"innkalling-3.2.ics","contentType":"text/calendar; method=PUBLISH","contentBytes":"QkVHSU46VkNBTEVOREFSDQpFTkQ6VkNBTEVOREFSDQo="}],
             "singleValueExtendedProperties":[{"id":"String {a1e6c3a2-5d4b-4c1e-9f0a-7b2d8c6e4f10} Name NoticeKey","value":"H2026|2.1|kari's"}]}
            """);
    }

    [Fact]
    public void CreateDraft_FileOf3MB_IsRefusedBeforeAnythingIsSent()
    {
        var message = new MailMessage("Oppstart", MailContentType.Text, "Se vedlegg", [new MailRecipient("kari@contoso.com")])
        {
            Attachments = [new MailAttachment("stor.bin", "application/octet-stream", new byte[3 * 1024 * 1024])],
        };

        var error = Assert.Throws<ArgumentException>(() => MailboxRequests.CreateDraft(TestSetup.Graph, new KeyedMail(new OutgoingMail("samtaler@contoso.com", message), Key)));
        Assert.Contains("'stor.bin'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Send_Draft_PostsSendWithAnEmptyBodyAndIsNeverResent()
    {
        // wire-subset.md: POST /v1.0/users/{sender}/messages/{id}/send with Content-Length: 0
        var request = MailboxRequests.Send(TestSetup.Graph, new DraftToSend("samtaler@contoso.com", "AAkALg_x-y=="));

        using var message = WireTransport.ToMessage(request);

        WireAssert.Graph(request, HttpMethod.Post, Users + "/messages/AAkALg_x-y%3D%3D/send");
        Assert.Equal("IdType=\"ImmutableId\"", request.GetHeader("Prefer"));
        Assert.False(request.Idempotent);
        Assert.Equal(0, message.Content!.Headers.ContentLength);
    }

    [Fact]
    public void FindByKey_SentItems_FiltersOnTheKeyAndExpandsItById()
    {
        // wire-subset.md: GET /v1.0/users/{sender}/mailFolders/sentitems/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')
        var request = MailboxRequests.FindByKey(TestSetup.Graph, new MailLookup("samtaler@contoso.com", Key), MailFolderName.SentItems);
        var id = "'String {a1e6c3a2-5d4b-4c1e-9f0a-7b2d8c6e4f10} Name NoticeKey'";

        WireAssert.Graph(request, HttpMethod.Get, Users + "/mailFolders/sentitems/messages" +
            "?$filter=" + Uri.EscapeDataString($"singleValueExtendedProperties/Any(ep: ep/id eq {id} and ep/value eq 'H2026|2.1|kari''s')") +
            "&$select=id,isDraft,sentDateTime&$expand=" + Uri.EscapeDataString($"singleValueExtendedProperties($filter=id eq {id})") + "&$top=10");
        Assert.Equal("IdType=\"ImmutableId\"", request.GetHeader("Prefer"));
        Assert.Contains("/mailFolders/drafts/messages?", MailboxRequests.FindByKey(TestSetup.Graph, new MailLookup("samtaler@contoso.com", Key), MailFolderName.Drafts).Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_Message_DeletesById()
    {
        var request = MailboxRequests.Delete(TestSetup.Graph, new DraftToSend("samtaler@contoso.com", "AAkALgabc"));

        WireAssert.Graph(request, HttpMethod.Delete, Users + "/messages/AAkALgabc");
    }

    [Theory]
    [InlineData("Notice Key", "v")]
    [InlineData("NoticeKey", "")]
    public void MailKey_BadNameOrValue_IsRefused(string name, string value)
    {
        Assert.Throws<ArgumentException>(() => MailKey.Checked(new MailKey(Guid.NewGuid(), name, value)));
        Assert.Throws<ArgumentException>(() => MailKey.For(new string('x', 256)));
        Assert.Equal($"String {{{MailKey.ProductNamespace:D}}} Name PnpSamtaleKey", MailKey.For("k").PropertyId);
    }

    [Fact]
    public void Draft_Created_ReadsItsId()
    {
        var response = WireResponse.FromText(HttpStatusCode.Created, [], """{"@odata.etag":"W/\"x\"","id":"AAkALgabc","internetMessageId":"<a@contoso.com>","isDraft":true}""");

        Assert.Equal(new MailDraft("AAkALgabc", "<a@contoso.com>"), MailboxResponses.Draft(response));
        Assert.Throws<JsonException>(() => MailboxResponses.Draft(WireResponse.FromText(HttpStatusCode.Created, [], "{}")));
    }

    [Fact]
    public void SendOutcome_202Or404ItemNotFoundOrOther_IsSentNoSuchDraftOrAnError()
    {
        var notFound = """{"error":{"code":"ErrorItemNotFound","message":"The specified object was not found in the store."}}""";

        Assert.Equal(MailSendOutcome.Sent, MailboxResponses.SendOutcome(WireResponse.FromText(HttpStatusCode.Accepted, [], string.Empty)));
        Assert.Equal(MailSendOutcome.NoSuchDraft, MailboxResponses.SendOutcome(WireResponse.FromText(HttpStatusCode.NotFound, [], notFound)));
        Assert.Throws<SharePointServiceException>(() => MailboxResponses.SendOutcome(WireResponse.FromText(HttpStatusCode.NotFound, [],
            """{"error":{"code":"ErrorInvalidUser","message":"The requested user 'x' is invalid."}}""")));
    }

    [Fact]
    public void Found_MessagesCarryingTheKey_AreReadWithTheNextLink_AndOneWithoutItIsAnError()
    {
        var page = WireResponse.FromText(HttpStatusCode.OK, [], """
            {"value":[{"id":"AAkALg1","isDraft":false,"sentDateTime":"2026-10-20T07:00:00Z",
              "singleValueExtendedProperties":[{"id":"String {a1e6c3a2-5d4b-4c1e-9f0a-7b2d8c6e4f10} Name NoticeKey","value":"h2026|2.1|KARI'S"}]}],
             "@odata.nextLink":"https://graph.microsoft.com/v1.0/users/x/mailFolders/sentitems/messages?$skip=10"}
            """);
        var unexpanded = WireResponse.FromText(HttpStatusCode.OK, [], """{"value":[{"id":"AAkALg1","isDraft":false}]}""");

        var (messages, next) = MailboxResponses.Found(page, Key);

        Assert.Equal(new KeyedMessage("AAkALg1", false, new DateTimeOffset(2026, 10, 20, 7, 0, 0, TimeSpan.Zero)), Assert.Single(messages));
        Assert.Equal("?$skip=10", next!.Query);
        Assert.Throws<JsonException>(() => MailboxResponses.Found(unexpanded, Key));
        Assert.Throws<JsonException>(() => MailboxResponses.Found(WireResponse.FromText(HttpStatusCode.OK, [], "{}"), Key));
    }
}
