namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>Where deleted items can still be found; all empty means gone everywhere.</summary>
/// <param name="StillInList">Item ids the list still returns.</param>
/// <param name="InWebRecycleBin">Recycle bin ids still in the web's (first-stage) bin.</param>
/// <param name="InSiteRecycleBin">Recycle bin ids still in the site collection's bin (either stage).</param>
public sealed record GoneVerification(IReadOnlyList<int> StillInList, IReadOnlyList<Guid> InWebRecycleBin, IReadOnlyList<Guid> InSiteRecycleBin)
{
    /// <summary>Whether nothing was found anywhere.</summary>
    public bool IsGone => StillInList.Count == 0 && InWebRecycleBin.Count == 0 && InSiteRecycleBin.Count == 0;
}
