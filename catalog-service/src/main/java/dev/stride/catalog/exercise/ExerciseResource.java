package dev.stride.catalog.exercise;

import java.util.UUID;

import dev.stride.access.Caller;
import dev.stride.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The catalog over HTTP. The ETag of an exercise is its version; changes need a matching If-Match.
 * Who may do what: every authenticated caller reads; only the catalog-editor role writes.
 */
@Path("/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "stride")
public class ExerciseResource {
    private final ExerciseService exercises;
    private final ExerciseSearch search;

    ExerciseResource(ExerciseService exercises, ExerciseSearch search) {
        this.exercises = exercises;
        this.search = search;
    }

    @GET
    public String list(@QueryParam("muscle") String muscle, @QueryParam("category") String category,
                             @QueryParam("equipment") String equipment, @QueryParam("status") String status,
                             @QueryParam("q") String q, @QueryParam("cursor") String cursor,
                             @QueryParam("limit") String limit) {
        return search.findPage(ExerciseQuery.parse(muscle, category, equipment, status, q, cursor, limit)).toJson();
    }

    @GET
    @Path("{idOrSlug}")
    public Response get(@PathParam("idOrSlug") String idOrSlug) {
        Exercise exercise = exercises.findExercise(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("Exercise", idOrSlug));
        return withTag(Response.ok(exercise.document), exercise);
    }

    @RolesAllowed(Caller.CATALOG_EDITOR)
    @POST
    public Response create(@Valid @NotNull ExerciseRequest request, @Context UriInfo uri) {
        Exercise exercise = exercises.createExercise(request);
        return withTag(Response.created(uri.getAbsolutePathBuilder().path(exercise.id.toString()).build())
                .entity(exercise.document), exercise);
    }

    @RolesAllowed(Caller.CATALOG_EDITOR)
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ExerciseRequest request) {
        Exercise exercise = exercises.updateExercise(id, required(ifMatch), request);
        return withTag(Response.ok(exercise.document), exercise);
    }

    /** Retires: the exercise stays readable as RETIRED and is never deleted. If-Match as for a change ({@code *} for any version). */
    @RolesAllowed(Caller.CATALOG_EDITOR)
    @DELETE
    @Path("{id}")
    public Response retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Exercise exercise = exercises.retireExercise(id, required(ifMatch));
        return withTag(Response.noContent(), exercise);
    }

    private static VersionTag required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition Required",
                    "Send If-Match with the ETag of the exercise you read, so that no change is overwritten unseen");
        }
        return VersionTag.parse(ifMatch);
    }

    private static Response withTag(Response.ResponseBuilder response, Exercise exercise) {
        return response.tag(new EntityTag(Long.toString(exercise.version))).build();
    }
}
