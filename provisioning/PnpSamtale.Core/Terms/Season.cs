namespace PnpSamtale.Core.Terms;

/// <summary>The kind of period a round runs in.</summary>
public enum Season
{
    /// <summary>Autumn semester ("høst", term prefix <c>H</c>).</summary>
    Autumn,

    /// <summary>Spring semester ("vår", term prefix <c>V</c>).</summary>
    Spring,

    /// <summary>A whole year, for annual routines (term is the year alone, e.g. <c>2027</c>).</summary>
    Year,
}
