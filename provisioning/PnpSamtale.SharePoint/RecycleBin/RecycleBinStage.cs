namespace PnpSamtale.SharePoint.RecycleBin;

/// <summary>Which recycle bin an entry is in (<c>ItemState</c>).</summary>
public enum RecycleBinStage
{
    /// <summary>1: the first-stage (web) recycle bin.</summary>
    FirstStage = 1,

    /// <summary>2: the second-stage (site collection) recycle bin.</summary>
    SecondStage = 2,
}
