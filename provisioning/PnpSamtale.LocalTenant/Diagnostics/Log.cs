namespace PnpSamtale.LocalTenant.Diagnostics;

/// <summary>The local tenant's log messages: ids, counts and route templates only, never personal data.</summary>
internal static partial class Log
{
    /// <summary>The server listens.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Local tenant listening on port {Port} with {Storage} storage")]
    public static partial void Started(ILogger logger, int port, string storage);

    /// <summary>A fault was injected.</summary>
    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Injected {Fault} into {Endpoint}")]
    public static partial void FaultInjected(ILogger logger, string fault, string endpoint);

    /// <summary>A batch was executed.</summary>
    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Executed a {Kind} batch of {Operations} operations")]
    public static partial void BatchExecuted(ILogger logger, string kind, int operations);

    /// <summary>A request failed unexpectedly.</summary>
    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Request {RequestId} to {Endpoint} failed")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string requestId, string endpoint);

    /// <summary>The server stopped.</summary>
    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Local tenant on port {Port} stopped")]
    public static partial void Stopped(ILogger logger, int port);
}
