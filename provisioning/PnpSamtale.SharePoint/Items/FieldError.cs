namespace PnpSamtale.SharePoint.Items;

/// <summary>A value SharePoint refused while validating <c>formValues</c> (HTTP 200 with <c>HasException: true</c>).</summary>
/// <param name="FieldName">The field.</param>
/// <param name="ErrorCode">SharePoint's code, e.g. -1.</param>
/// <param name="ErrorMessage">SharePoint's message.</param>
public sealed record FieldError(string FieldName, int ErrorCode, string? ErrorMessage);
