namespace PnpSamtale.Core.Progress;

/// <summary>How the late list is grouped.</summary>
public enum LateGrouping
{
    /// <summary>Per person responsible (a late round step under each holder of its role).</summary>
    Holder,

    /// <summary>Per step of the routine.</summary>
    Step,

    /// <summary>Per campus (studiested); what has none under one group.</summary>
    Unit,
}
