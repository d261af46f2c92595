import {
  ColumnProfile,
  type ColumnProfileJSON,
  DEFAULT_LIMITS,
  type ProfileLimits,
} from "./column-profile.ts";

export const PROFILE_SCHEMA = "mlops-actions/drift-profile@1";

export interface DatasetProfileJSON {
  schema: typeof PROFILE_SCHEMA;
  rows: number;
  columns: ColumnProfileJSON[];
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
   * shards with different column sets still merge into the profile of the union.
   */
  merge(other: DatasetProfile): this {
    for (const [name, column] of other.columns) {
      const mine = this.columns.get(name);
      if (mine) mine.merge(column);
      else {
        const filled = new ColumnProfile(name, this.limits);
        filled.count = this.rows;
        filled.nulls = this.rows;
        this.columns.set(name, filled.merge(column));
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
