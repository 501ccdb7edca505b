namespace PnpSamtale.SharePoint.Lists;

/// <summary>The column types the product uses, and the Graph facet each becomes.</summary>
public enum ColumnKind
{
    /// <summary>Single line of text (<c>text</c>; SharePoint <c>Text</c>).</summary>
    Text = 0,

    /// <summary>Multiple lines of plain text (<c>text</c> with <c>allowMultipleLines</c>; SharePoint <c>Note</c>).</summary>
    Note = 1,

    /// <summary>A number (<c>number</c>; SharePoint <c>Number</c>).</summary>
    Number = 2,

    /// <summary>Yes/no (<c>boolean</c>; SharePoint <c>Boolean</c>).</summary>
    Boolean = 3,

    /// <summary>A date without time (<c>dateTime</c> with format <c>dateOnly</c>; SharePoint <c>DateTime</c>).</summary>
    Date = 4,

    /// <summary>A date and time (<c>dateTime</c> with format <c>dateTime</c>; SharePoint <c>DateTime</c>).</summary>
    DateTime = 5,

    /// <summary>One of fixed choices (<c>choice</c>; SharePoint <c>Choice</c>).</summary>
    Choice = 6,

    /// <summary>One person (<c>personOrGroup</c>, people only; SharePoint <c>User</c>, read as <c>{Name}Id</c>).</summary>
    User = 7,
}
