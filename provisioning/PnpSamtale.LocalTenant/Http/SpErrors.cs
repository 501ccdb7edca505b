namespace PnpSamtale.LocalTenant.Http;

/// <summary>The SharePoint errors of docs/wire-subset.md, with their exact status, code and message.</summary>
internal static class SpErrors
{
    private const string ArgumentException = "System.ArgumentException";
    private const string SpException = "Microsoft.SharePoint.SPException";

    /// <summary>404: the list does not exist (named by title, or by id when addressed by id).</summary>
    public static SharePointErrorException ListNotFound(string title, Uri siteUrl) =>
        new(404, $"-1, {ArgumentException}", $"List '{title}' does not exist at site with URL '{Trim(siteUrl)}'.");

    /// <summary>500: a list with the title exists.</summary>
    public static SharePointErrorException ListExists() =>
        new(500, $"-2130575342, {SpException}", "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.");

    /// <summary>404: the item does not exist.</summary>
    public static SharePointErrorException ItemNotFound() =>
        new(404, $"-2147024809, {ArgumentException}", "Item does not exist. It may have been deleted by another user.");

    /// <summary>400: a column named in formValues, $select or $filter does not exist.</summary>
    public static SharePointErrorException ColumnMissing(string name) =>
        new(400, $"-2147024809, {ArgumentException}", $"Column '{name}' does not exist. It may have been deleted by another user.");

    /// <summary>404: the group does not exist.</summary>
    public static SharePointErrorException GroupNotFound() => new(404, $"-2146232832, {SpException}", "Group cannot be found.");

    /// <summary>404: the user is not a member of the group or site.</summary>
    public static SharePointErrorException UserNotFoundInSite() => new(404, $"-2146232832, {SpException}", "User cannot be found.");

    /// <summary>400: a group with the title exists.</summary>
    public static SharePointErrorException GroupExists() => new(400, $"-2130575293, {SpException}", "The specified name is already in use.");

    /// <summary>404: the login is not in the directory.</summary>
    public static SharePointErrorException UserUnknown(string logonName) =>
        new(404, $"-2146232832, {SpException}", $"The specified user {logonName} could not be found.");

    /// <summary>404: the site collection does not exist.</summary>
    public static SharePointErrorException SiteNotFound() => new(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");

    /// <summary>404: the file does not exist.</summary>
    public static SharePointErrorException FileNotFound(string serverRelativeUrl) =>
        new(404, $"-2130575338, {SpException}", $"The file {serverRelativeUrl} does not exist.");

    /// <summary>400: the file exists and overwrite was not asked for.</summary>
    public static SharePointErrorException FileExists(string serverRelativeUrl) =>
        new(400, $"-2130575257, {SpException}", $"A file with the name {serverRelativeUrl} already exists.");

    /// <summary>403: the acting user lacks the permission.</summary>
    public static SharePointErrorException AccessDenied() => new(403, "-2147024891, System.UnauthorizedAccessException", "Access denied.");

    /// <summary>400: a request outside the supported subset, with a description.</summary>
    public static SharePointErrorException Unsupported(string description) =>
        new(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", description);

    /// <summary>400: an argument outside the expected range (unknown role kind, principal or bin item id).</summary>
    public static SharePointErrorException OutOfRange(int status = 400) =>
        new(status, $"-2147024809, {ArgumentException}", "Value does not fall within the expected range.");

    /// <summary>400: the default view of a list cannot be deleted (make another view the default first).</summary>
    public static SharePointErrorException DefaultViewUndeletable() =>
        new(400, $"-2146232832, {SpException}", "The default view of a list cannot be deleted.");

    /// <summary>400: a required parameter is missing or empty.</summary>
    public static SharePointErrorException MissingParameter(string name) =>
        new(400, $"-2147024809, {ArgumentException}", $"The parameter {name} cannot be empty.");

    /// <summary>400: a property in $select does not exist on the type.</summary>
    public static SharePointErrorException UnknownProperty(string name, string typeName) =>
        Unsupported($"The property '{name}' does not exist on type '{typeName}'. Make sure to only use property names that are defined by the type.");

    /// <summary>429 or 503: the request was throttled.</summary>
    public static SharePointErrorException Throttled(int status) =>
        new(status, "-2147024860, Microsoft.SharePoint.SPQueryThrottledException", "The request has been throttled.");

    /// <summary>500: a filter on a non-indexed column of a list above the list view threshold.</summary>
    public static SharePointErrorException ListViewThreshold() =>
        new(500, "-2147024860, Microsoft.SharePoint.SPQueryThrottledException", "The attempted operation is prohibited because it exceeds the list view threshold.");

    /// <summary>500: breaking inheritance on one more item than a list may have with permissions of their own.</summary>
    public static SharePointErrorException TooManyUniqueScopes() =>
        new(500, $"-2146232832, {SpException}", "You cannot break inheritance for this item because there are too many items with unique permissions in this list.");

    /// <summary>500: an unexpected failure inside the local tenant.</summary>
    public static SharePointErrorException Unexpected() =>
        new(500, "-2146233088, System.InvalidOperationException", "The local tenant failed to process the request.");

    private static string Trim(Uri url) => url.AbsoluteUri.TrimEnd('/');
}
