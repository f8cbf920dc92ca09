package dev.stride.bench.pipeline;

import java.io.Reader;

/** CSV rows shaped like a stored set, made as COPY reads them, so that the ceiling is PostgreSQL's, not ours. */
final class SetRows extends Reader {
    private final long rows;
    private final StringBuilder pending = new StringBuilder();
    private long made;
    private int position;

    SetRows(long rows) {
        this.rows = rows;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (position == pending.length()) {
            if (made == rows) {
                return -1;
            }
            refill();
        }
        int count = Math.min(length, pending.length() - position);
        pending.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private void refill() {
        pending.setLength(0);
        position = 0;
        for (int i = 0; i < 1_000 && made < rows; i++, made++) {
            pending.append("00000000-0000-4000-8000-").append(String.format("%012d", made)).append(",athlete-")
                    .append(made % 10_000).append(",e81a4405-717f-34a2-98a8-78f4974bce12,2026-11-20 18:00:00+01,")
                    .append("2026-11-20,Europe/Berlin,").append(10 + made % 3).append(",5.000,,,LEFT,,")
                    .append(made * 31).append(",f\n");
        }
    }

    @Override
    public void close() {
        // nothing to release
    }
}
