using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PnpSamtale.LocalTenant.Store;

/// <summary>One unit of work against the database: parameterised commands inside the caller's transaction.</summary>
internal sealed class StoreSession(SqliteConnection connection, SqliteTransaction transaction, TimeProvider clock)
{
    /// <summary>The current time, to the second, as SharePoint reports it.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow();
            return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        }
    }

    /// <summary>Runs a command and returns the number of rows it changed.</summary>
    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        using var command = Create(sql, args);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or default when there is none.</summary>
    public T? Scalar<T>(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        using var command = Create(sql, args);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Every row mapped by <paramref name="map"/>.</summary>
    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        using var command = Create(sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>The first row mapped by <paramref name="map"/>, or default when there is none.</summary>
    public T? First<T>(string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        using var command = Create(sql, args);
        using var reader = command.ExecuteReader();
        return reader.Read() ? map(reader) : default;
    }

    private SqliteCommand Create(string sql, ReadOnlySpan<(string Name, object? Value)> args)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
