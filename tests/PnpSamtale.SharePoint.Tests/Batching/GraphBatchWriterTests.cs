using PnpSamtale.SharePoint.Batching;
using PnpSamtale.SharePoint.Mail;
using PnpSamtale.SharePoint.Tests.Support;
using PnpSamtale.SharePoint.Users;

namespace PnpSamtale.SharePoint.Tests.Batching;

public sealed class GraphBatchWriterTests
{
    [Fact]
    public void Write_TwoRequestsWithDependency_RelativeUrlsHeadersBodyAndDependsOn()
    {
        // wire-subset.md: POST /v1.0/$batch body {"requests":[{"id","method","url" (relative, no /v1.0),"headers","body","dependsOn"}]}
        var message = new MailMessage("Hei", MailContentType.Text, "Tekst", [new MailRecipient("kari@contoso.com")]);
        GraphBatchOperation[] operations =
        [
            new("1", DirectoryUserRequests.GetUser(TestSetup.Graph, "kari@contoso.com")),
            new("2", MailRequests.SendMail(TestSetup.Graph, "samtaler@contoso.com", message), ["1"]),
        ];

        var body = GraphBatchWriter.Write(TestSetup.Graph, operations);

        WireAssert.JsonEqual("""
            {"requests":[
              {"id":"1","method":"GET","url":"/users/kari@contoso.com","headers":{"Accept":"application/json"}},
              {"id":"2","method":"POST","url":"/users/samtaler@contoso.com/sendMail",
               "body":{"message":{"subject":"Hei","body":{"contentType":"Text","content":"Tekst"},
                        "toRecipients":[{"emailAddress":{"address":"kari@contoso.com"}}],"ccRecipients":[]},"saveToSentItems":false},
               "headers":{"Accept":"application/json","Content-Type":"application/json"},
               "dependsOn":["1"]}]}
            """, body.ToJsonString());
    }

    [Fact]
    public void Write_BinaryBody_IsBase64WithItsContentType()
    {
        // wire-subset.md: inside $batch, the request's body is the file's bytes as a base64 string and its headers carry "Content-Type":"application/octet-stream"
        var upload = PnpSamtale.SharePoint.Drives.DriveRequests.Upload(TestSetup.Graph, "contoso.sharepoint.com,a,b", TestSetup.ListId, "a.txt", "hei"u8.ToArray());
        var operation = new GraphBatchOperation("1", upload);

        var body = GraphBatchWriter.Write(TestSetup.Graph, [operation]);

        Assert.True(operation.HasBinaryBody);
        WireAssert.JsonEqual("""
            {"requests":[{"id":"1","method":"PUT","url":"/sites/contoso.sharepoint.com,a,b/lists/6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f/drive/root:/a.txt:/content?@microsoft.graph.conflictBehavior=fail",
              "body":"aGVp","headers":{"Accept":"application/json","Content-Type":"application/octet-stream"}}]}
            """, body.ToJsonString());
    }

    [Fact]
    public void Write_UrlOutsideGraphBase_Throws()
    {
        var foreign = DirectoryUserRequests.GetUser(new Uri("https://example.org/v1.0"), "a@b.c");

        Assert.Throws<ArgumentException>(() => GraphBatchWriter.Write(TestSetup.Graph, [new GraphBatchOperation("1", foreign)]));
    }
}
