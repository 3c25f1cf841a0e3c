using System.Globalization;

namespace CqoDocs.Web.Workbench;

internal static class Dates
{
    /// <summary>2016-03-01, or “—” when the document does not state the date.</summary>
    public static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
