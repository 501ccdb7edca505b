namespace PnpSamtale.SharePoint.Lists;

/// <summary>The list templates the product uses (SharePoint <c>BaseTemplate</c> numbers).</summary>
public enum ListTemplate
{
    /// <summary>100: a custom list (Graph <c>genericList</c>).</summary>
    GenericList = 100,

    /// <summary>101: a document library (Graph <c>documentLibrary</c>).</summary>
    DocumentLibrary = 101,
}
