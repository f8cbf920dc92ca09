package dev.stride.catalog.exercise;

import java.util.List;

import dev.stride.problem.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports each broken {@link ExerciseRules} rule as a violation on its own field. */
public class ConsistentExerciseValidator implements ConstraintValidator<ConsistentExercise, ExerciseRequest> {

    @Override
    public boolean isValid(ExerciseRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        List<Problem.FieldError> errors = ExerciseRules.check(request);
        if (errors.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Problem.FieldError error : errors) {
            context.buildConstraintViolationWithTemplate(error.message())
                    .addPropertyNode(error.field())
                    .addConstraintViolation();
        }
        return false;
    }
}
