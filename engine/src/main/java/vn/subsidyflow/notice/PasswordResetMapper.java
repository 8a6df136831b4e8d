package vn.subsidyflow.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PasswordResetMapper {

    record Token(String tokenHash, String username, Instant expiresAt, Instant usedAt) {
    }

    int insert(@Param("tokenHash") String tokenHash, @Param("username") String username, @Param("expiresAt") Instant expiresAt);

    /** The token's row, locked: two uses of one link at the same moment are one use. */
    Optional<Token> lock(@Param("tokenHash") String tokenHash);

    int markUsed(@Param("tokenHash") String tokenHash, @Param("usedAt") Instant usedAt);

    /** The accounts a forgotten-password request names: by username, or by their own e-mail address. */
    List<Recipient> accounts(@Param("usernameOrEmail") String usernameOrEmail);
}
