package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DtoConstraintsTest {

    public static class Worker {
        @CitizenIdNumber
        public String citizenId;
        @FenAmount
        public long allowanceFen;

        Worker(String citizenId, long allowanceFen) {
            this.citizenId = citizenId;
            this.allowanceFen = allowanceFen;
        }
    }

    private static ValidatorFactory factory;

    @BeforeAll
    static void build() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void smoke() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        Validator v = factory.getValidator();
        Set<ConstraintViolation<Worker>> s = v.validate(new Worker("110105194912310021", -5));
        s.forEach(c -> System.out.println(c.getPropertyPath() + " " + c.getMessage()));
        assertEquals(2, s.size());
    }
}
