namespace CqoDocs.Cli;

/// <summary>Documented in README.md ("Exit codes").</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Bad input: a file that cannot be read or parsed, an unknown id or name, a failed generation.</summary>
    public const int BadInput = 1;
    /// <summary>The command line itself is wrong: unknown option, missing argument.</summary>
    public const int Usage = 2;
}
