package org.nnlab.optim;

import java.util.EnumSet;
import java.util.Set;
import org.nnlab.nn.Param;

/** The parameter roles a penalty or weight decay applies to. */
final class Roles {
    private Roles() {
    }

    /** The given roles, or {@link Param.Role#WEIGHT} alone when none are given. */
    static Set<Param.Role> orWeights(Param.Role... roles) {
        return roles.length == 0 ? EnumSet.of(Param.Role.WEIGHT) : EnumSet.of(roles[0], roles);
    }
}
