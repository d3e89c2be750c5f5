namespace Parley.Cli;

/// <summary>Exit codes every command keeps to, so scripts can tell a partial batch from a failure.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The command line itself was wrong (unknown option, bad value).</summary>
    public const int Usage = 1;

    /// <summary>The batch ran, but at least one input was rejected (each is named on stderr).</summary>
    public const int SomeRejected = 2;

    /// <summary>Nothing could be done (no input readable, an environment failure).</summary>
    public const int Failure = 3;
}
