using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace PnpSamtale.Provisioning.Forms;

/// <summary>
/// The document's core properties (docProps/core.xml), written directly: System.IO.Packaging's own properties part
/// gets a random name, and it would stamp creation and modification times. No creator, no names in the title.
/// </summary>
internal static class FormProperties
{
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static void Write(CoreFilePropertiesPart part, FormRequest request, FormLabels labels)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", CoreNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCore);
        writer.WriteElementString("dc", "title", DublinCore, Title(request, labels));
        writer.WriteElementString("dc", "subject", DublinCore, request.RoutineTitle);
        writer.WriteElementString("dc", "identifier", DublinCore, request.ConversationKey);
        writer.WriteElementString("dc", "language", DublinCore, labels.CultureName);
        if (!string.IsNullOrWhiteSpace(request.CategoryId))
        {
            writer.WriteElementString("cp", "category", CoreNamespace, request.CategoryId);
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>The document title: the kind of document and the round, never a person's name.</summary>
    public static string Title(FormRequest request, FormLabels labels) => $"{labels.DocumentTitle} {request.RoundTitle}";
}
