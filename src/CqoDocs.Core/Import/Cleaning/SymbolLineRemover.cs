using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>Drops lines with no word in them: separators ("-", "***", "|"), lone counters ("0"), page numbers.</summary>
internal sealed class SymbolLineRemover : LineRemover
{
    protected override bool IsJunk(LineView line) => !ChineseText.HasWordCharacter(line.Text.Where(c => !char.IsDigit(c)).ToArray());
}
