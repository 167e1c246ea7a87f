import { z } from 'zod';

/** Ids are opaque strings made by the storage layer (UUIDs); bounded so nothing silly gets in. */
export const Id = z.string().min(1, 'An id is required').max(100, 'That id is too long');

/** An ISO 8601 timestamp with time zone, as every stored time is written. */
export const Timestamp = z.string();
