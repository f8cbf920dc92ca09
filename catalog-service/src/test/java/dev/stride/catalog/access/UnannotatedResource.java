package dev.stride.catalog.access;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An endpoint someone forgot to annotate, in the tests only: it must be refused to every caller. */
@Path("/test-only/unannotated")
public class UnannotatedResource {

    @GET
    @Operation(hidden = true)
    public String open() {
        return "open by omission";
    }
}
