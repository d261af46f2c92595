import {
  ColumnProfile,
  type ColumnProfileJSON,
  type ColumnProfileTransfer,
  DEFAULT_LIMITS,
  type ProfileLimits,
} from "./column-profile.ts";

export const PROFILE_SCHEMA = "mlops-actions/drift-profile@1";

export interface DatasetProfileJSON {
  schema: typeof PROFILE_SCHEMA;
  rows: number;
  columns: ColumnProfileJSON[];
}

/** A dataset profile as `toTransfer` sends it to another thread. */
export interface DatasetProfileTransfer {
  limits: ProfileLimits;
  rows: number;
  columns: ColumnProfileTransfer[];
}

/** Column profiles of one dataset, in header order; mergeable with the profile of another shard. */
export class DatasetProfile {
  readonly limits: ProfileLimits;
  rows = 0;
  readonly columns = new Map<string, ColumnProfile>();

  constructor(limits: ProfileLimits = DEFAULT_LIMITS) {
    this.limits = limits;
  }

  column(name: string): ColumnProfile {
    let profile = this.columns.get(name);
    if (!profile) {
      profile = new ColumnProfile(name, this.limits);
      this.columns.set(name, profile);
    }
    return profile;
  }

  /**
   * Adds another shard's profile. A column missing from one side is treated as all-null there, so
   * shards with different column sets still merge into the profile of the union. With `take`, `other`
   * is not used afterwards: its exact numbers may be taken over rather than copied.
   */
  merge(other: DatasetProfile, take = false): this {
    for (const [name, column] of other.columns) {
      const mine = this.columns.get(name);
      if (mine) mine.merge(column, take);
      else {
        const filled = new ColumnProfile(name, this.limits);
        filled.count = this.rows;
        filled.nulls = this.rows;
        this.columns.set(name, filled.merge(column, take));
      }
    }
    for (const [name, column] of this.columns) {
      if (!other.columns.has(name)) {
        column.count += other.rows;
        column.nulls += other.rows;
      }
    }
    this.rows += other.rows;
    return this;
  }

  toJSON(): DatasetProfileJSON {
    return {
      schema: PROFILE_SCHEMA,
      rows: this.rows,
      columns: [...this.columns.values()].map((c) => c.toJSON()),
    };
  }

  /**
   * The profile as a message for another thread, with the buffers to transfer (this profile's exact
   * numbers move with them: do not use it afterwards); `withSorted` sorts them here first.
   */
  toTransfer(withSorted: boolean): { message: DatasetProfileTransfer; transfer: ArrayBuffer[] } {
    const columns = [...this.columns.values()].map((column) => column.toTransfer(withSorted));
    return {
      message: { limits: this.limits, rows: this.rows, columns: columns.map((c) => c.message) },
      transfer: columns.flatMap((c) => c.transfer),
    };
  }

  static fromTransfer(message: DatasetProfileTransfer): DatasetProfile {
    const profile = new DatasetProfile(message.limits);
    profile.rows = message.rows;
    for (const column of message.columns)
      profile.columns.set(column.name, ColumnProfile.fromTransfer(column));
    return profile;
  }

  static fromJSON(json: DatasetProfileJSON): DatasetProfile {
    if (json?.schema !== PROFILE_SCHEMA || !Array.isArray(json.columns)) {
      throw new TypeError(`not a drift profile: expected "schema": "${PROFILE_SCHEMA}"`);
    }
    const profile = new DatasetProfile(json.columns[0]?.limits ?? DEFAULT_LIMITS);
    profile.rows = json.rows;
    for (const column of json.columns) profile.columns.set(column.name, ColumnProfile.fromJSON(column));
    return profile;
  }
}

/** Whether parsed JSON looks like a saved profile (its `schema` field). */
export function isProfileJSON(value: unknown): value is DatasetProfileJSON {
  return (
    typeof value === "object" && value !== null && (value as { schema?: unknown }).schema === PROFILE_SCHEMA
  );
}
