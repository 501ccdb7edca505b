namespace PnpSamtale.Provisioning.Forms;

/// <summary>A text of a form template in Norwegian bokmål (<see cref="Nb"/>) and English (<see cref="En"/>).</summary>
/// <param name="Nb">The Norwegian bokmål text.</param>
/// <param name="En">The English text.</param>
public sealed record BilingualText(string Nb, string En)
{
    /// <summary>The text in <paramref name="language"/> (<c>nb</c> or <c>en</c>).</summary>
    /// <exception cref="ArgumentException">The language is neither <c>nb</c> nor <c>en</c>.</exception>
    public string In(string language) => FormLanguage.IsEnglish(language) ? En : Nb;
}
