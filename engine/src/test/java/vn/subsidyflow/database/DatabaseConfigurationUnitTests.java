package vn.subsidyflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which URLs bring their own account (the embedded server's always does). */
class DatabaseConfigurationUnitTests {

    @Test
    void shouldLetAUrlThatNamesItsUserSignInWithIt() {
        assertThat(DatabaseConfiguration.carriesAccount("jdbc:mysql://127.0.0.1:3306/s?useSSL=false&user=subsidyflow&password=x")).isTrue();
        assertThat(DatabaseConfiguration.carriesAccount("jdbc:mysql://127.0.0.1:3306/s?user=subsidyflow")).isTrue();
    }

    @Test
    void shouldUseTheConfiguredUserOtherwise() {
        assertThat(DatabaseConfiguration.carriesAccount("jdbc:mysql://db.example:3306/subsidyflow")).isFalse();
        assertThat(DatabaseConfiguration.carriesAccount("jdbc:mysql://db.example:3306/subsidyflow?nullCatalogMeansCurrent=true")).isFalse();
        assertThat(DatabaseConfiguration.carriesAccount("jdbc:mysql://db.example:3306/subsidyflow?superuser=x")).isFalse();
    }
}
